import { SetMetadata } from '@nestjs/common';

export const SESSION_ONLY = 'ptp:session-only';

/**
 * Refused (FORBIDDEN) to requests authenticated by a personal API token: tokens are for scripts,
 * and must not mint more tokens or change the owner's password.
 */
export const SessionOnly = () => SetMetadata(SESSION_ONLY, true);
