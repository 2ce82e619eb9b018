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
