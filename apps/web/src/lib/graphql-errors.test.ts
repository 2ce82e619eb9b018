import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { applyFieldErrors, toApiError } from './graphql-errors';

describe('toApiError', () => {
  it('reads the message, code and per-field messages of a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'email must be an email' }, { bogus: 1 }] },
        },
      ],
    });
    expect(toApiError(error)).toEqual({
      message: 'Invalid input',
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'email must be an email' }],
    });
  });

  it('reads a GraphQL error out of an HTTP error body', () => {
    const body = JSON.stringify({ errors: [{ message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    const error = new ServerError('Response not successful', { response: new Response(body, { status: 429 }), bodyText: body });
    expect(toApiError(error)).toMatchObject({ message: 'Slow down', code: 'TOO_MANY_REQUESTS' });
  });

  it('explains a network failure in plain words', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NETWORK', message: expect.stringMatching(/Could not reach the server/) });
  });
});

describe('applyFieldErrors', () => {
  it('puts known fields on the form and returns the rest', () => {
    const setError = vi.fn();
    const unmatched = applyFieldErrors<{ email: string }>(
      setError,
      { message: 'Invalid', code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'taken' }, { field: 'cohortId', message: 'gone' }] },
      ['email'],
    );
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'taken' });
    expect(unmatched).toEqual([{ field: 'cohortId', message: 'gone' }]);
  });
});
