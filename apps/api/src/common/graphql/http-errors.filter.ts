import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './errors';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429,
};

/**
 * Domain errors on REST routes (document upload/download, exports, SSO) as HTTP statuses with the
 * same message and code; a throttled request (429) also says when to retry (Retry-After, seconds).
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType<string>() !== 'http') return error; // GraphQL formats its own errors
    const code = String(error.extensions.code);
    const res = host.switchToHttp().getResponse<Response>();
    const retryAfterSeconds = error.extensions.retryAfterSeconds;
    if (typeof retryAfterSeconds === 'number') res.setHeader('Retry-After', String(retryAfterSeconds));
    res.status(HTTP_STATUS[code] ?? 400).json({ code, message: error.message, fields: error.extensions.fields, retryAfterSeconds });
  }
}
