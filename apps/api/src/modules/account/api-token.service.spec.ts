import { DomainError } from '../../common/graphql/errors';
import { apiTokenExpiry } from './api-token.service';

describe('apiTokenExpiry', () => {
  const now = new Date('2026-03-10T22:30:00Z');

  it('ends the token at the end of the chosen day, UTC', () => {
    expect(apiTokenExpiry('2026-03-11', now).toISOString()).toBe('2026-03-12T00:00:00.000Z');
    expect(apiTokenExpiry('2027-03-10', now).toISOString()).toBe('2027-03-11T00:00:00.000Z');
  });

  it.each(['2026-03-10', '2026-03-09', '2027-03-11'])('refuses %s (tokens last one day to one year)', (day) => {
    expect(() => apiTokenExpiry(day, now)).toThrow(DomainError);
    expect(() => apiTokenExpiry(day, now)).toThrow(/expiresOn: choose a day from 2026-03-11 to 2027-03-10/);
  });
});
