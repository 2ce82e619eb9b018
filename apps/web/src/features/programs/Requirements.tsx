import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { PRACTICE_SETTING_LABELS, rotationRuleText, type HourComponent, type PracticeSetting } from '@ptp/shared';
import { HOUR_COMPONENT_LABELS } from './labels';

export interface RequirementsSummary {
  minTotalHours: number;
  minWeeks: number;
  minRotations: number;
  minSingleRotationHours: number | null;
  minRotationTotalHours: number | null;
  requirements: readonly { component: HourComponent; setting: PracticeSetting | null; minHours: number }[];
}

/** A program's hour requirements in words, for the programs table and the new-program form. */
export function Requirements({ program }: { program: RequirementsSummary }) {
  return (
    <div>
      <Text size="sm">
        {program.minTotalHours} h total over at least {program.minWeeks} weeks
      </Text>
      <List size="sm" spacing={0}>
        {program.requirements.map((r) => (
          <List.Item key={`${r.component}-${r.setting ?? 'any'}`}>
            {HOUR_COMPONENT_LABELS[r.component]}
            {r.setting ? ` (${PRACTICE_SETTING_LABELS[r.setting]})` : ''}: {r.minHours} h
          </List.Item>
        ))}
        {/* The shared wording, so the programs page states the rule as progress and reports do. */}
        <List.Item>{rotationRuleText(program)}</List.Item>
      </List>
    </div>
  );
}

/** The ways the requirements fall below the ASHP/ACPE minimums (computed by the API); nothing when there are none. */
export function RequirementWarnings({ programName, warnings }: { programName: string; warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" mt="xs" icon={<IconAlertTriangle size={16} />} title="Below the ASHP/ACPE minimums"
      aria-label={`${programName}: requirements below the ASHP/ACPE minimums`}>
      <List size="sm" spacing={0}>
        {warnings.map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
