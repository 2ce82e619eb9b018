import { AGREEMENT_WARNING_DAYS } from './hours';
import { daysBetween } from './validation';

/** Where a site's affiliation agreement stands on a given day (students are placed only under an active one). */
export const AgreementStatus = {
  NOT_STARTED: 'NOT_STARTED',
  ACTIVE: 'ACTIVE',
  /** Active, and ending within AGREEMENT_WARNING_DAYS: time to renew it. */
  ENDING_SOON: 'ENDING_SOON',
  ENDED: 'ENDED',
} as const;
export type AgreementStatus = (typeof AgreementStatus)[keyof typeof AgreementStatus];

/** The agreement's status on `today` (the program's day), its dates inclusive. */
export function agreementStatus(today: string, agreement: { agreementStartDate: string; agreementEndDate: string }): AgreementStatus {
  if (today < agreement.agreementStartDate) return AgreementStatus.NOT_STARTED;
  if (today > agreement.agreementEndDate) return AgreementStatus.ENDED;
  return daysBetween(today, agreement.agreementEndDate) <= AGREEMENT_WARNING_DAYS ? AgreementStatus.ENDING_SOON : AgreementStatus.ACTIVE;
}
