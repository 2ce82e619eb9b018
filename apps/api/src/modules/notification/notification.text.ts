import { minutesAsHoursMinutesText, type ComplianceState, type NotificationKind } from '@ptp/shared';

/**
 * What a notification says, in the inbox and by email (docs/notifications.md). Emails are plain
 * text, readable on a phone, name the program, and say nothing about anyone but the addressee:
 * the email of a preceptor's "student placed with you" leaves the student's name to the portal.
 */
export interface NotificationLike {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  itemCount: number;
}

export interface ProgramLike {
  name: string;
  timeZone: string;
}

export interface Rendered {
  title: string;
  body: string;
  /** Where it leads in the web app (a path, without the origin). */
  path: string;
}

export type Channel = 'app' | 'email';

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** An ISO date (YYYY-MM-DD) as people read it: "Mar 3, 2026". */
export const formatDay = (iso: string) =>
  new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** An instant's day in the program's time zone: "Tue, Mar 3". */
const formatShiftDay = (iso: string, timeZone: string) =>
  new Date(iso).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone });

export function renderNotification(n: NotificationLike, program: ProgramLike, channel: Channel): Rendered {
  const d = n.data;
  switch (n.kind) {
    case 'HOURS_SENT_BACK':
    case 'HOURS_REJECTED':
    case 'HOURS_REOPENED': {
      const shift = `${formatShiftDay(str(d.startedAt), program.timeZone)} (${minutesAsHoursMinutesText(Number(d.minutes ?? 0))})`;
      const who = str(d.reviewer) || 'Your reviewer';
      const comment = str(d.comment);
      const texts = {
        HOURS_SENT_BACK: {
          title: `Your hours of ${shift} were sent back for more information`,
          body: `${who} asked: "${comment}"\nOpen the entry, add what is needed and resubmit it.`,
        },
        HOURS_REJECTED: {
          title: `Your hours of ${shift} were rejected`,
          body: `${who} gave this reason: "${comment}"\nRejected hours do not count. If the shift happened, log it again with the right details.`,
        },
        HOURS_REOPENED: {
          title: `Your approved hours of ${shift} were reopened`,
          body: `${who} reopened them: "${comment}"\nThey do not count until they are approved again.`,
        },
      };
      return { ...texts[n.kind], path: `/hours?entry=${n.subjectId}` };
    }
    case 'HOURS_WAITING':
      return {
        title: `${plural(n.itemCount, 'new hour entry', 'new hour entries')} waiting for your review at ${str(d.siteName)}`,
        body: 'Approve them, or send them back with a question, in the review queue.',
        path: '/review',
      };
    case 'PLACEMENT_CREATED': {
      const when = `from ${formatDay(str(d.startDate))} to ${formatDay(str(d.endDate))}, ${d.plannedHours} hours planned`;
      if (d.audience === 'PRECEPTOR') {
        const who = channel === 'app' && d.studentName ? str(d.studentName) : 'A student';
        return {
          title: `${who} is placed with you at ${str(d.siteName)}`,
          body: `The placement runs ${when}.${channel === 'email' ? ' Sign in to the portal to see who.' : ''}`,
          path: '/review',
        };
      }
      return {
        title: `You are placed at ${str(d.siteName)}`,
        body: `Your externship placement runs ${when}${d.preceptorName ? `, with ${str(d.preceptorName)} as your preceptor` : ''}.`,
        path: '/me',
      };
    }
    case 'COMPLIANCE_REMINDER': {
      const item = str(d.itemName);
      const state = str(d.state) as ComplianceState;
      const expires = d.expiresOn ? formatDay(str(d.expiresOn)) : null;
      if (state === 'MISSING') {
        return {
          title: `${item} is still missing`,
          body: `Upload it in the portal${expires ? `: it is needed before your externship starts on ${expires}` : ''}.`,
          path: '/me',
        };
      }
      if (state === 'EXPIRED') {
        return {
          title: `Your ${item} has expired${expires ? ` (${expires})` : ''}`,
          body: 'Upload a current document in the portal: externship hours may not count while it is expired.',
          path: '/me',
        };
      }
      const days = Number(d.daysLeft);
      return {
        title: `Your ${item} expires ${Number.isFinite(days) ? `in ${plural(days, 'day')}` : 'soon'}${expires ? ` (${expires})` : ''}`,
        body: 'Renew it and upload the new document in the portal before it lapses: externship hours may not count once it has expired.',
        path: '/me',
      };
    }
    case 'DOCUMENT_REJECTED':
      return {
        title: `Your ${str(d.itemName)} document was not accepted`,
        body: `The reason given: "${str(d.reason)}"\nUpload a new document in the portal.`,
        path: '/me',
      };
    case 'COHORT_COMPLIANCE':
      return {
        title: `${plural(n.itemCount, 'new compliance reminder')} in cohort ${str(d.cohortCode)}`,
        body: `Students of ${str(d.cohortName) || str(d.cohortCode)} have items expiring, expired or missing. The cohort dashboard lists them.`,
        path: `/cohorts/${n.subjectId}`,
      };
    case 'AGREEMENT_EXPIRING':
      return {
        title: `The affiliation agreement with ${str(d.siteName)} ends on ${formatDay(str(d.endsOn))}`,
        body: `That is within ${d.threshold} days. Renew it, or no placement there can run past that date.`,
        path: `/sites/${n.subjectId}`,
      };
    case 'LICENSE_EXPIRING':
      return {
        title: `${str(d.preceptorName)} (${str(d.siteName)}): preceptor license expires on ${formatDay(str(d.expiresOn))}`,
        body: `That is within ${d.threshold} days. Ask for the renewed license and update it on the site's page.`,
        path: `/sites/${str(d.siteId)}`,
      };
    case 'EXAM_RETAKE_OPEN':
      return {
        title: `You can retake the ${str(d.examCode)} from ${formatDay(str(d.allowedFrom))}`,
        body: `The waiting period after your last attempt is over: attempt ${d.attemptNumber} at the ${str(d.examName)} can be scheduled. Your instructor can help you plan it.`,
        path: '/me',
      };
    case 'EVALUATION_SUBMITTED': {
      const label = d.kind === 'FINAL' ? 'final' : 'midterm';
      return {
        title: `${str(d.evaluatorName)} submitted your ${label} evaluation`,
        body: `Read it and acknowledge it in the portal; you can add a comment of your own.`,
        path: `/evaluations/${n.subjectId}`,
      };
    }
    case 'EVALUATION_OVERDUE': {
      const label = d.kind === 'FINAL' ? 'final' : 'midterm';
      return {
        title: `The ${label} evaluation of ${str(d.studentName)} was due on ${formatDay(str(d.dueOn))}`,
        body: `${str(d.siteName)}: the program is waiting for it. It takes a few minutes, on a phone too.`,
        path: `/evaluations/fill/${str(d.placementId)}/${str(d.kind)}`,
      };
    }
  }
}

export interface Addressee {
  displayName: string;
  email: string;
}

const footer = (base: string) => [
  '',
  '--',
  'You receive this because of your notification settings. Choose what is emailed, and when digests arrive:',
  `${base}/notifications/preferences`,
];

/** One notification, one email. */
export function notificationEmail(person: Addressee, n: NotificationLike, program: ProgramLike, base: string) {
  const r = renderNotification(n, program, 'email');
  return {
    to: person.email,
    subject: `${program.name}: ${r.title}`,
    text: [`Hello ${person.displayName},`, '', `${r.title}.`, '', r.body, '', 'Open it in the portal:', `${base}${r.path}`, '', `${program.name} externship portal`, ...footer(base)].join('\n'),
  };
}

/** Everything a digest gathered for one person in one program: one email. */
export function digestEmail(person: Addressee, items: NotificationLike[], program: ProgramLike, cadence: 'DAILY' | 'WEEKLY', base: string) {
  const rendered = items.map((n) => renderNotification(n, program, 'email'));
  const word = cadence === 'DAILY' ? 'daily' : 'weekly';
  const lead = rendered.length === 1 ? rendered[0].title : `${plural(rendered.length, 'update')}`;
  return {
    to: person.email,
    subject: `${program.name}: your ${word} summary: ${lead}`,
    text: [
      `Hello ${person.displayName},`,
      '',
      `Your ${word} summary from the ${program.name} externship portal:`,
      ...rendered.flatMap((r) => ['', `* ${r.title}.`, `  ${r.body.replace(/\n/g, '\n  ')}`, `  ${base}${r.path}`]),
      ...footer(base),
    ].join('\n'),
  };
}
