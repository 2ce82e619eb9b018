import { EvaluationKind, Permission, userCan } from '@ptp/shared';
import type { User } from '../../common/auth/user.entity';

/**
 * Whether the user reads evaluations of `kind` one by one (docs/evaluations.md, "Who sees what");
 * whose is the scope service's answer. Preceptor evaluations: everyone who reads evaluations at all
 * (the guard has checked that). A site evaluation: only with SITE_EVALUATION_READ_ALL or _OWN, so
 * never the preceptors and instructors who work with the site: they get its averages.
 */
export function readsOneByOne(user: User, kind: EvaluationKind): boolean {
  if (kind !== 'SITE') return true;
  return userCan(user, Permission.SITE_EVALUATION_READ_ALL) || userCan(user, Permission.SITE_EVALUATION_READ_OWN);
}
