import { Badge, type MantineColor } from '@mantine/core';
import { HOUR_ENTRY_STATUS_LABELS, type HourEntryStatus } from '@ptp/shared';

const COLORS: Record<HourEntryStatus, MantineColor> = {
  SUBMITTED: 'blue',
  APPROVED: 'green',
  NEEDS_INFO: 'yellow',
  REJECTED: 'red',
};

export function HourStatusBadge({ status }: { status: HourEntryStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {HOUR_ENTRY_STATUS_LABELS[status]}
    </Badge>
  );
}
