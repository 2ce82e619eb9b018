import { Foundation1795314845444 } from './1795314845444-foundation';
import { Hours1795316245498 } from './1795316245498-hours';
import { ExamsAndOutcomes1795316871242 } from './1795316871242-exams-and-outcomes';
import { Compliance1795317237654 } from './1795317237654-compliance';
import { Competencies1795317896364 } from './1795317896364-competencies';
import { HourTotals1795318800000 } from './1795318800000-hour-totals';
import { Reports1796191065388 } from './1796191065388-reports';
import { Accounts1796228069094 } from './1796228069094-accounts';
import { Notifications1796229050071 } from './1796229050071-notifications';
import { SessionIdleAndRateLimits1796300100000 } from './1796300100000-session-idle-and-rate-limits';
import { StatusIntegrity1796300200000 } from './1796300200000-status-integrity';
import { SystemAdmin1796300400000 } from './1796300400000-system-admin';
import { ClockedTimes1796300500000 } from './1796300500000-clocked-times';
import { Evaluations1796300600000 } from './1796300600000-evaluations';
import { TrainingPlan1796300700000 } from './1796300700000-training-plan';
import { MinutesGenerated1796300800000 } from './1796300800000-minutes-generated';
import { AuthNotifications1796300900000 } from './1796300900000-auth-notifications';

export const MIGRATIONS: Function[] = [Foundation1795314845444, Hours1795316245498, ExamsAndOutcomes1795316871242, Compliance1795317237654, Competencies1795317896364, HourTotals1795318800000, Reports1796191065388, Accounts1796228069094, Notifications1796229050071, SessionIdleAndRateLimits1796300100000, StatusIntegrity1796300200000, SystemAdmin1796300400000, ClockedTimes1796300500000, Evaluations1796300600000, TrainingPlan1796300700000, MinutesGenerated1796300800000, AuthNotifications1796300900000];
