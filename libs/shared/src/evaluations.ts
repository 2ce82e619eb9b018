/**
 * Evaluations (docs/evaluations.md): a preceptor's midterm and final evaluation of a placed student,
 * and the student's evaluation of the site and preceptor at the end of the placement. Forms are data
 * per program; these are the rules the API and the web share.
 */

/** Which evaluation of a placement. */
export const EvaluationKind = {
  /** The preceptor evaluates the student halfway through the placement. */
  MIDTERM: 'MIDTERM',
  /** The preceptor evaluates the student at the end of the placement. */
  FINAL: 'FINAL',
  /** The student evaluates the site and preceptor at the end of the placement (anonymous to the preceptor). */
  SITE: 'SITE',
} as const;
export type EvaluationKind = (typeof EvaluationKind)[keyof typeof EvaluationKind];
export const EVALUATION_KINDS: readonly EvaluationKind[] = Object.values(EvaluationKind);

/** Which form a kind is filled on: a program has one preceptor form (midterm and final) and one site form. */
export const EvaluationFormKind = { PRECEPTOR: 'PRECEPTOR', SITE: 'SITE' } as const;
export type EvaluationFormKind = (typeof EvaluationFormKind)[keyof typeof EvaluationFormKind];
export const formKindOf = (kind: EvaluationKind): EvaluationFormKind => (kind === 'SITE' ? 'SITE' : 'PRECEPTOR');

export const EVALUATION_KIND_LABELS: Readonly<Record<EvaluationKind, string>> = {
  MIDTERM: 'Midterm evaluation',
  FINAL: 'Final evaluation',
  SITE: 'Site and preceptor evaluation',
};

/** How items are rated. */
export const RatingScale = {
  /** 1 to 5, labelled. */
  FIVE_POINT: 'FIVE_POINT',
  /** 0 = does not meet, 1 = meets. */
  MEETS: 'MEETS',
} as const;
export type RatingScale = (typeof RatingScale)[keyof typeof RatingScale];

/** The ratings of a scale, lowest first, with their labels. */
export const SCALE_RATINGS: Readonly<Record<RatingScale, readonly { value: number; label: string }[]>> = {
  FIVE_POINT: [
    { value: 1, label: 'Unacceptable' },
    { value: 2, label: 'Needs improvement' },
    { value: 3, label: 'Meets expectations' },
    { value: 4, label: 'Exceeds expectations' },
    { value: 5, label: 'Outstanding' },
  ],
  MEETS: [
    { value: 0, label: 'Does not meet' },
    { value: 1, label: 'Meets' },
  ],
};

/** An evaluation becomes overdue this many days after its due date. */
export const EVALUATION_GRACE_DAYS = 7;

/** Site evaluations are shown to anyone but an administrator only as averages of at least this many responses. */
export const MIN_SITE_RESPONSES = 3;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export interface EvaluationPlacement {
  startDate: string;
  endDate: string;
  plannedHours: number;
}

export interface EvaluationDue {
  /** The date it is due: the placement's midpoint (midterm) or last day (final, site). */
  dueOn: string;
  /** Due now: the date has come, or the student has logged the hours it waits for (half or all the planned hours). */
  due: boolean;
  /** Not submitted more than EVALUATION_GRACE_DAYS after `dueOn`. */
  overdue: boolean;
  /**
   * The first day it can be filled: the placement's start (midterm), its midpoint (final, site: a
   * student who leaves the placement early can still evaluate it).
   */
  opensOn: string;
  open: boolean;
}

/**
 * When an evaluation of a placement is due, the one rule for the API's lists, the dashboard and the
 * reminders. `hoursLogged` counts the placement's approved and pending hours; `today` is the
 * program's day.
 */
export function evaluationDue(kind: EvaluationKind, p: EvaluationPlacement, hoursLogged: number, today: string, submitted: boolean): EvaluationDue {
  const start = dayNumber(p.startDate);
  const end = dayNumber(p.endDate);
  const midpoint = start + Math.floor((end - start) / 2);
  const dueDay = kind === 'MIDTERM' ? midpoint : end;
  const opensDay = kind === 'MIDTERM' ? start : midpoint;
  const hoursNeeded = kind === 'MIDTERM' ? p.plannedHours / 2 : p.plannedHours;
  const t = dayNumber(today);
  const due = t >= dueDay || (hoursNeeded > 0 && hoursLogged >= hoursNeeded);
  return { dueOn: isoOfDay(dueDay), due, overdue: !submitted && t > dueDay + EVALUATION_GRACE_DAYS, opensOn: isoOfDay(opensDay), open: due || t >= opensDay };
}

export interface EvaluationFormShape {
  scale: RatingScale;
  /** A rating below this needs a comment. */
  commentBelow: number;
  items: readonly { id: string; prompt: string }[];
}

export interface EvaluationAnswer {
  itemId: string;
  rating?: number | null;
  comment?: string | null;
}

/**
 * What stops a set of answers from being submitted, one message per item (an empty list when it can
 * be). A draft may leave items unrated; a submission rates every item, and a rating below the
 * form's threshold carries a comment.
 */
export function evaluationProblems(form: EvaluationFormShape, answers: readonly EvaluationAnswer[], submitting: boolean): string[] {
  const values = new Set(SCALE_RATINGS[form.scale].map((r) => r.value));
  const byItem = new Map(answers.map((a) => [a.itemId, a]));
  const problems: string[] = [];
  const known = new Set(form.items.map((i) => i.id));
  for (const a of answers) if (!known.has(a.itemId)) problems.push(`${a.itemId}: not an item of this form.`);
  form.items.forEach((item, n) => {
    const a = byItem.get(item.id);
    const label = `Item ${n + 1} (${item.prompt})`;
    if (a?.rating != null && !values.has(a.rating)) problems.push(`${label}: ${a.rating} is not a rating of this scale.`);
    else if (submitting && a?.rating == null) problems.push(`${label}: choose a rating.`);
    else if (submitting && a!.rating! < form.commentBelow && !a!.comment?.trim()) problems.push(`${label}: a rating of "${ratingLabel(form.scale, a!.rating!)}" needs a comment.`);
  });
  return problems;
}

export function ratingLabel(scale: RatingScale, value: number): string {
  return SCALE_RATINGS[scale].find((r) => r.value === value)?.label ?? String(value);
}
