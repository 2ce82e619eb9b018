export const ProgramLevel = { ENTRY: 'ENTRY', ADVANCED: 'ADVANCED' } as const;
export type ProgramLevel = (typeof ProgramLevel)[keyof typeof ProgramLevel];

export const HourComponent = {
  DIDACTIC: 'DIDACTIC',
  SIMULATED: 'SIMULATED',
  EXPERIENTIAL: 'EXPERIENTIAL',
} as const;
export type HourComponent = (typeof HourComponent)[keyof typeof HourComponent];

export const PracticeSetting = {
  COMMUNITY: 'COMMUNITY',
  HOSPITAL: 'HOSPITAL',
  LONG_TERM_CARE: 'LONG_TERM_CARE',
  COMPOUNDING: 'COMPOUNDING',
  MAIL_ORDER: 'MAIL_ORDER',
  SPECIALTY: 'SPECIALTY',
  NUCLEAR: 'NUCLEAR',
} as const;
export type PracticeSetting = (typeof PracticeSetting)[keyof typeof PracticeSetting];

export const PRACTICE_SETTING_LABELS: Record<PracticeSetting, string> = {
  COMMUNITY: 'Community / retail',
  HOSPITAL: 'Hospital / institutional',
  LONG_TERM_CARE: 'Long-term care',
  COMPOUNDING: 'Compounding',
  MAIL_ORDER: 'Mail order',
  SPECIALTY: 'Specialty',
  NUCLEAR: 'Nuclear',
};

export interface HourRequirement {
  component: HourComponent;
  /** null: any setting counts. */
  setting: PracticeSetting | null;
  minHours: number;
}

export interface ProgramTemplate {
  minTotalHours: number;
  minWeeks: number;
  minRotations: number;
  /** ENTRY: at least one rotation of this many hours. */
  minSingleRotationHours: number | null;
  /** ADVANCED: the rotations together reach this many hours. */
  minRotationTotalHours: number | null;
  requirements: HourRequirement[];
}

/**
 * The ASHP/ACPE accreditation minimums (docs/design.md §2). They seed a new program's requirements;
 * after that the requirements are data on the program and can be raised (state rules).
 */
export const ASHP_MINIMUMS: Readonly<Record<ProgramLevel, ProgramTemplate>> = {
  ENTRY: {
    minTotalHours: 400,
    minWeeks: 8,
    minRotations: 1,
    minSingleRotationHours: 130,
    minRotationTotalHours: null,
    requirements: [
      { component: 'DIDACTIC', setting: null, minHours: 120 },
      { component: 'SIMULATED', setting: null, minHours: 50 },
      { component: 'EXPERIENTIAL', setting: null, minHours: 130 },
    ],
  },
  ADVANCED: {
    minTotalHours: 600,
    minWeeks: 15,
    minRotations: 2,
    minSingleRotationHours: null,
    minRotationTotalHours: 200,
    requirements: [
      { component: 'DIDACTIC', setting: null, minHours: 160 },
      { component: 'SIMULATED', setting: null, minHours: 100 },
      { component: 'EXPERIENTIAL', setting: null, minHours: 200 },
    ],
  },
};

/** The parts of a program the ASHP/ACPE minimums are checked against. */
export interface RequirementCheckInput extends ProgramTemplate {
  level: ProgramLevel;
  accreditors: readonly string[];
}

/** A program declares ASHP accreditation when one of its accreditors names ASHP (e.g. 'ASHP/ACPE'). */
export function declaresAshp(accreditors: readonly string[]): boolean {
  return accreditors.some((a) => /\bASHP\b/i.test(a));
}

const COMPONENT_WORDS: Record<HourComponent, string> = { DIDACTIC: 'Didactic', SIMULATED: 'Simulated (lab)', EXPERIENTIAL: 'Experiential' };

/**
 * The hours a program requires of one component: its any-setting requirement, or the sum of its
 * per-setting requirements when that is more (hours in one setting do not count toward another).
 */
function componentMinimum(requirements: readonly HourRequirement[], component: HourComponent): number {
  const own = requirements.filter((r) => r.component === component);
  const anySetting = own.filter((r) => r.setting === null).reduce((a, r) => Math.max(a, r.minHours), 0);
  const perSetting = own.filter((r) => r.setting !== null).reduce((a, r) => a + r.minHours, 0);
  return Math.max(anySetting, perSetting);
}

/**
 * One line per way a program that declares ASHP/ACPE accreditation falls below the ASHP minimums
 * of its level (docs/design.md §2); empty when it meets them or does not declare ASHP. A warning, not a refusal.
 */
export function ashpRequirementWarnings(program: RequirementCheckInput): string[] {
  if (!declaresAshp(program.accreditors)) return [];
  const min = ASHP_MINIMUMS[program.level];
  const level = program.level === 'ENTRY' ? 'Entry-level' : 'Advanced-level';
  const below = (what: string, actual: number, required: number, unit = 'hours') =>
    `${what}: ${actual} ${unit} is below the ASHP/ACPE ${level} minimum of ${required} ${unit}.`;
  const warnings: string[] = [];
  if (program.minTotalHours < min.minTotalHours) warnings.push(below('Total hours', program.minTotalHours, min.minTotalHours));
  if (program.minWeeks < min.minWeeks) warnings.push(below('Program length', program.minWeeks, min.minWeeks, 'weeks'));
  if (program.minRotations < min.minRotations) warnings.push(below('Rotations', program.minRotations, min.minRotations, 'rotations'));
  if (min.minSingleRotationHours !== null && (program.minSingleRotationHours ?? 0) < min.minSingleRotationHours) {
    warnings.push(below('Longest rotation', program.minSingleRotationHours ?? 0, min.minSingleRotationHours));
  }
  if (min.minRotationTotalHours !== null && (program.minRotationTotalHours ?? 0) < min.minRotationTotalHours) {
    warnings.push(below('Rotations together', program.minRotationTotalHours ?? 0, min.minRotationTotalHours));
  }
  for (const req of min.requirements) {
    const actual = componentMinimum(program.requirements, req.component);
    if (actual < req.minHours) warnings.push(below(`${COMPONENT_WORDS[req.component]} hours`, actual, req.minHours));
  }
  return warnings;
}
