import { Badge } from '@mantine/core';
import type { AgreementStatus } from '../../gql/graphql';

/** The affiliation agreement's flag: nothing while it runs normally. */
export function AgreementBadge({ status, daysLeft }: { status: AgreementStatus; daysLeft: number }) {
  switch (status) {
    case 'ENDING_SOON':
      return (
        <Badge color="orange" variant="light" style={{ whiteSpace: 'nowrap' }}>
          {daysLeft <= 0 ? 'Agreement ends today' : `Agreement ends in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`}
        </Badge>
      );
    case 'ENDED':
      return (
        <Badge color="red" variant="light" style={{ whiteSpace: 'nowrap' }}>
          Agreement ended
        </Badge>
      );
    case 'NOT_STARTED':
      return (
        <Badge color="gray" variant="light" style={{ whiteSpace: 'nowrap' }}>
          Not started
        </Badge>
      );
    default:
      return null;
  }
}
