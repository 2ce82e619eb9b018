import { Badge, type MantineColor } from '@mantine/core';
import { USER_STATUS_LABELS, type UserStatus } from '@ptp/shared';

const COLORS: Record<UserStatus, MantineColor> = {
  INVITED: 'blue',
  ACTIVE: 'green',
  DEACTIVATED: 'gray',
};

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {USER_STATUS_LABELS[status]}
    </Badge>
  );
}
