import { LIMITS } from '@ptp/shared';
import { z } from 'zod';

/** A new password as the API checks it first (length); the API's strength check answers per field. */
export const newPassword = z
  .string()
  .min(1, 'Enter a new password')
  .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.passwordMax, `Use at most ${LIMITS.passwordMax} characters`);

/** The "type it again" check, for a schema with a new password at `field` and its copy at `confirmPassword`. */
export function confirmationMatches<F extends string>(field: F) {
  return (values: Record<F | 'confirmPassword', string>, ctx: z.RefinementCtx) => {
    if (values.confirmPassword && values[field] !== values.confirmPassword) {
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'The two passwords do not match' });
    }
  };
}

export const confirmPassword = z.string().min(1, 'Type the new password again');

/**
 * Messages about an emailed link arrive as "token: this link is not valid…"; people read the
 * sentence, not the field name.
 */
export function linkMessage(message: string): string {
  const text = message.replace(/^token:\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
