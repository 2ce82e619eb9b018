import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** `extensions.code` values the API sends, plus the two the client adds for transport failures. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

export interface ApiFieldError {
  field: string;
  message: string;
}

export interface ApiError {
  message: string;
  code: ApiErrorCode | (string & {});
  /** Per-field messages of a BAD_USER_INPUT error, to show beside the inputs. */
  fields: ApiFieldError[];
}

const NETWORK_MESSAGE = 'Could not reach the server. Check your connection and try again.';

interface FormattedError {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function readFields(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

function fromGraphQLError(error: FormattedError | undefined, fallback: string): ApiError {
  const extensions = error?.extensions ?? {};
  return {
    message: typeof error?.message === 'string' && error.message ? error.message : fallback,
    code: typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN',
    fields: readFields(extensions.fields),
  };
}

/** Some failures (a 400 for invalid variables, a 429 from a proxy) arrive as HTTP errors with a GraphQL body. */
function fromServerError(error: ServerError): ApiError {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      return fromGraphQLError(body.errors[0], error.message);
    }
  } catch {
    // not JSON: fall through to the status code
  }
  if (error.statusCode === 429) {
    return { message: 'Too many requests. Wait a minute, then try again.', code: 'TOO_MANY_REQUESTS', fields: [] };
  }
  return {
    message: `The server could not answer (HTTP ${error.statusCode}). Try again in a moment.`,
    code: 'UNKNOWN',
    fields: [],
  };
}

/** The one place that turns whatever Apollo throws into something a page can show. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    return fromGraphQLError(error.errors[0], error.message);
  }
  if (ServerError.is(error)) {
    return fromServerError(error);
  }
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError when the network is down or the server is not running
    return { message: NETWORK_MESSAGE, code: 'NETWORK', fields: [] };
  }
  if (error instanceof Error && error.message) {
    return { message: error.message, code: 'UNKNOWN', fields: [] };
  }
  return { message: 'Something went wrong.', code: 'UNKNOWN', fields: [] };
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === code);
  }
  return toApiError(error).code === code;
}

/**
 * Puts the API's per-field messages on the form's inputs. Returns the messages that matched no
 * input, so the caller can show them above the form instead of losing them.
 */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: ApiError,
  formFields: readonly Path<T>[],
): ApiFieldError[] {
  const unmatched: ApiFieldError[] = [];
  for (const item of error.fields) {
    const field = formFields.find((name) => name === item.field);
    if (field) {
      setError(field, { type: 'server', message: item.message });
    } else {
      unmatched.push(item);
    }
  }
  return unmatched;
}
