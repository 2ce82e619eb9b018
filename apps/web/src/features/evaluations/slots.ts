import { EVALUATION_KIND_LABELS, type EvaluationKind } from '@ptp/shared';
import type { EvaluationSlotFieldsFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';

export type Slot = EvaluationSlotFieldsFragment;

export const kindLabel = (kind: EvaluationKind | string): string => EVALUATION_KIND_LABELS[kind as EvaluationKind] ?? kind;

export const studentNameOf = (slot: Pick<Slot, 'placement'>): string =>
  `${slot.placement.enrollment.student.firstName} ${slot.placement.enrollment.student.lastName}`;

export type SlotTone = 'done' | 'overdue' | 'due' | 'draft' | 'upcoming';

/** Where an evaluation stands, in words and as a tone for its badge. */
export function slotState(slot: Slot): { tone: SlotTone; label: string } {
  if (slot.submitted) {
    const ack = slot.kind !== 'SITE' && slot.evaluation?.acknowledgedAt ? ', acknowledged' : '';
    return { tone: 'done', label: `Submitted ${formatDateTime(slot.evaluation?.submittedAt)}${ack}` };
  }
  if (slot.overdue) return { tone: 'overdue', label: `Overdue: was due ${formatDate(slot.dueOn)}` };
  if (slot.evaluation) return { tone: 'draft', label: `Draft saved · due ${formatDate(slot.dueOn)}` };
  if (slot.due) return { tone: 'due', label: `Due ${formatDate(slot.dueOn)}` };
  if (!slot.open) return { tone: 'upcoming', label: `Opens ${formatDate(slot.opensOn)} · due ${formatDate(slot.dueOn)}` };
  return { tone: 'upcoming', label: `Due ${formatDate(slot.dueOn)}` };
}

export const TONE_COLORS: Record<SlotTone, string> = { done: 'green', overdue: 'red', due: 'orange', draft: 'blue', upcoming: 'gray' };

export const fillPath = (slot: Pick<Slot, 'placementId' | 'kind'>) => `/evaluations/fill/${slot.placementId}/${slot.kind}`;
