import type { HourComponent, ProgramLevel } from '@ptp/shared';

export const PROGRAM_LEVEL_LABELS: Record<ProgramLevel, string> = {
  ENTRY: 'Entry level',
  ADVANCED: 'Advanced level',
};

export const HOUR_COMPONENT_LABELS: Record<HourComponent, string> = {
  DIDACTIC: 'Didactic',
  SIMULATED: 'Simulated (lab)',
  EXPERIENTIAL: 'Experiential',
};
