import type { Role } from '@ptp/shared';

/** The account emails: plain text, readable on a phone, no student data beyond the addressee's name. */
interface Person {
  displayName: string;
  email: string;
  role: Role;
}

const ROLE_WORDS: Record<Role, string> = {
  ADMIN: 'a program director',
  INSTRUCTOR: 'an instructor',
  PRECEPTOR: 'a preceptor',
  STUDENT: 'a student',
};

const programPhrase = (names: string[]) => (names.length ? names.join(', ') : 'your program');
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const footer = 'If you did not expect this email, you can ignore it: nothing happens until the link is used.';

export function invitationEmail(person: Person, inviter: { displayName: string } | null, programNames: string[], link: string, expiresAt: Date) {
  const program = programPhrase(programNames);
  return {
    to: person.email,
    subject: `You are invited to the ${program} externship portal`,
    text: [
      `Hello ${person.displayName},`,
      '',
      `${inviter ? inviter.displayName : 'Your program'} invited you to the ${program} externship and outcomes portal as ${ROLE_WORDS[person.role]}.`,
      '',
      'Open this link to choose your password and sign in:',
      link,
      '',
      `The link works once and expires on ${when(expiresAt)}. Your sign-in email is ${person.email}.`,
      '',
      footer,
    ].join('\n'),
  };
}

export function resetEmail(person: Person, link: string, minutes: number) {
  return {
    to: person.email,
    subject: 'Reset your externship portal password',
    text: [
      `Hello ${person.displayName},`,
      '',
      'Someone (hopefully you) asked to reset the password of your externship portal account.',
      '',
      'Open this link to choose a new password:',
      link,
      '',
      `The link works once and expires in ${minutes} minutes. Choosing a new password signs you out everywhere else.`,
      '',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}

export function passwordChangedEmail(person: Person) {
  return {
    to: person.email,
    subject: 'Your externship portal password was changed',
    text: [
      `Hello ${person.displayName},`,
      '',
      `The password of your externship portal account (${person.email}) was just changed, and your other sessions were signed out.`,
      '',
      'If this was not you, use "Forgot password" on the sign-in page at once and tell your program director.',
    ].join('\n'),
  };
}
