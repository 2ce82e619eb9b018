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
  compliance_items_program_code_key: ['CONFLICT', 'code: another compliance item of this program already uses this code.'],
  sites_program_name_key: ['CONFLICT', 'name: another site of this program already has this name.'],
  preceptors_site_user_key: ['CONFLICT', 'userId: this person is already a preceptor at this site.'],
  competency_signoffs_once_key: ['CONFLICT', 'This competency is already signed off for this student.'],
  exam_attempts_number_key: ['CONFLICT', 'Another attempt was recorded at the same time; reload and try again.'],
};

/** PostgreSQL's class 22: a value the column cannot hold (bad syntax, out of range, NUL, too long). */
export function isDataException(err: unknown): boolean {
  const code = err instanceof QueryFailedError ? (err.driverError as { code?: string }).code : undefined;
  return typeof code === 'string' && code.startsWith('22');
}

/** The database's refusal of a value, for the last line of defence when no validator caught it. */
function databaseRefusal(err: QueryFailedError): [ErrorCode, string] | undefined {
  const driverError = err.driverError as { constraint?: string; code?: string; column?: string; message?: string };
  const known = driverError.constraint ? CONSTRAINT_MESSAGES[driverError.constraint] : undefined;
  if (known) return known;
  if (driverError.code === '23502' && driverError.column) {
    const field = driverError.column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    return ['BAD_USER_INPUT', `${field}: a value is required here; it cannot be cleared.`];
  }
  if (isDataException(err)) return ['BAD_USER_INPUT', `A value given cannot be stored: ${driverError.message ?? 'it is out of range or malformed'}. Check the fields and try again.`];
  return undefined;
}

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
    const refusal = databaseRefusal(original);
    if (refusal) {
      if (refusal[0] === 'BAD_USER_INPUT') logger.warn(`No validator caught a value the database refused: ${original.message}`);
      return { message: refusal[1], path: formatted.path, extensions: { code: refusal[0] } };
    }
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
