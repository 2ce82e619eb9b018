import { Badge, type MantineColor } from '@mantine/core';
import { ENROLLMENT_STATUS_LABELS, type EnrollmentStatus } from '@ptp/shared';

const STATUS_COLORS: Record<EnrollmentStatus, MantineColor> = {
  ENROLLED: 'blue',
  LEAVE_OF_ABSENCE: 'yellow',
  RETURNED_FROM_LEAVE: 'cyan',
  WITHDRAWN: 'orange',
  DISMISSED: 'red',
  RE_ENTERED: 'teal',
  TRANSFERRED_OUT: 'gray',
  GRADUATED: 'green',
  COMPLETED_NON_GRADUATE: 'grape',
};

export function StatusBadge({ status }: { status: EnrollmentStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm">
      {ENROLLMENT_STATUS_LABELS[status]}
    </Badge>
  );
}
