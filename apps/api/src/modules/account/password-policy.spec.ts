import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('refuses passwords shorter than 12 characters and says how long it was', () => {
    expect(passwordProblem('Sh0rt!pass')).toBe('Use at least 12 characters (this one has 10).');
  });

  it('refuses long but common or patterned passwords with a reason from the estimator', () => {
    for (const weak of ['password1234', 'qwertyuiopasdf', '123456789012', 'iloveyou1234']) {
      expect(passwordProblem(weak)).toMatch(/^This password is too easy to guess\./);
    }
  });

  it("refuses a password built from the person's own name or email", () => {
    expect(passwordProblem('ramirezramirez', ['Elena Ramirez', 'elena.ramirez@college.edu'])).toMatch(/too easy to guess/);
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblem('violet tram umbrella 42 sideways')).toBeNull();
    expect(passwordProblem('correct-horse-battery-staple')).toBeNull();
  });
});
