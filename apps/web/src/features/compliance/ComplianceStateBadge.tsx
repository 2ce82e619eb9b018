import { Badge, Group, Text, type MantineColor } from '@mantine/core';
import { COMPLIANCE_STATE_LABELS, type ComplianceState } from '@ptp/shared';
import { readableColor } from '../../app/theme';

export const COMPLIANCE_STATE_COLORS: Record<ComplianceState, MantineColor> = {
  VALID: 'green',
  EXPIRING_60: 'yellow',
  EXPIRING_30: 'orange',
  EXPIRING_7: 'orange',
  EXPIRED: 'red',
  MISSING: 'gray',
  PENDING_REVIEW: 'blue',
};

const EXPIRING: readonly ComplianceState[] = ['EXPIRING_60', 'EXPIRING_30', 'EXPIRING_7'];

export function daysLeftText(daysLeft: number): string {
  if (daysLeft <= 0) return 'Expires today';
  return daysLeft === 1 ? '1 day left' : `${daysLeft} days left`;
}

/** A required item's state, with a countdown while it is about to expire. */
export function ComplianceStateBadge({ state, daysLeft }: { state: ComplianceState; daysLeft?: number | null }) {
  const countdown = EXPIRING.includes(state) && daysLeft != null;
  return (
    <Group gap={6} wrap="nowrap">
      <Badge
        color={COMPLIANCE_STATE_COLORS[state]}
        variant={state === 'EXPIRING_7' || state === 'EXPIRED' ? 'filled' : 'light'}
        radius="sm"
        style={{ minWidth: 'max-content' }}
      >
        {COMPLIANCE_STATE_LABELS[state]}
      </Badge>
      {countdown && (
        <Text size="xs" fw={600} c={readableColor(state === 'EXPIRING_60' ? 'yellow' : 'orange')} style={{ whiteSpace: 'nowrap' }}>
          {daysLeftText(daysLeft)}
        </Text>
      )}
    </Group>
  );
}

/** What a preceptor sees instead of the compliance details. */
export function ClearedBadge({ cleared }: { cleared: boolean }) {
  return (
    <Group gap="xs">
      <Text size="sm" fw={600}>
        Cleared for externship:
      </Text>
      <Badge color={cleared ? 'green' : 'red'} variant="light" radius="sm">
        {cleared ? 'Yes' : 'No'}
      </Badge>
    </Group>
  );
}
