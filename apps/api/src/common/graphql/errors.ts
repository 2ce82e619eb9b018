import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export interface FieldError {
  field: string;
  message: string;
}

/** A refusal the user can act on. Thrown by services; reaches the client with extensions.code. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, fields?: FieldError[]) =>
  new DomainError('BAD_USER_INPUT', message, fields ? { fields } : {});
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do this.') => new DomainError('FORBIDDEN', message);
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Please sign in to continue.');
export const conflict = (message: string) => new DomainError('CONFLICT', message);
/** A throttled request: extensions.retryAfterSeconds says when to try again (REST: the Retry-After header). */
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new DomainError('TOO_MANY_REQUESTS', message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });

/** Messages for constraints a user can run into; the database is the last line of defence. */
const CONSTRAINT_MESSAGES: Record<string, [ErrorCode, string]> = {
  cohorts_program_code_key: ['CONFLICT', 'code: another cohort of this program already uses this code.'],
  cohorts_dates: ['BAD_USER_INPUT', 'expectedEndDate: the end date must be on or after the start date.'],
  cohorts_externship_window: ['BAD_USER_INPUT', 'externshipStartDate: the externship window must lie within the cohort dates and end after it starts.'],
  students_program_email_key: ['CONFLICT', 'email: a student of this program already uses this email address.'],
  students_program_number_key: ['CONFLICT', 'studentNumber: a student of this program already has this student number.'],
  enrollments_cohort_student_key: ['CONFLICT', 'studentId: this student is already enrolled in this cohort.'],
  program_requirements_key: ['BAD_USER_INPUT', 'requirements: each component and setting may appear only once.'],
};

const logger = new Logger('GraphQL');

/**
 * The one place errors are turned into what clients see. Domain errors and GraphQL's own
 * validation errors pass through; known constraint violations get their message; anything else is
 * logged and replaced by a generic message, so no internals (SQL, stack) ever leak.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: original.extensions };
  }
  if (original instanceof QueryFailedError) {
    const driverError = original.driverError as { constraint?: string; code?: string };
    const known = driverError.constraint ? CONSTRAINT_MESSAGES[driverError.constraint] : undefined;
    if (known) return { message: known[1], path: formatted.path, extensions: { code: known[0] } };
  }
  const code = formatted.extensions?.code;
  if (
    !(original instanceof QueryFailedError) &&
    typeof code === 'string' &&
    ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST'].includes(code)
  ) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Something went wrong on our side. The error was logged; please try again, and tell your administrator if it keeps happening.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
