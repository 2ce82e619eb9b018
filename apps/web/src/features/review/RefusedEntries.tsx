import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApprovalRefusal } from '../../gql/graphql';
import { formatEntryDay } from '../../lib/hours';
import type { Refusal } from './useApproveEntries';

export const REFUSAL_LABELS: Record<ApprovalRefusal, string> = {
  COMPLIANCE_FLAG: 'Flagged for compliance',
  CHANGED_SINCE_LOADED: 'Changed since you loaded it',
  ALREADY_REVIEWED: 'Already reviewed',
  OUT_OF_SCOPE: 'Not yours to review',
};

/** The entries a bulk approval could not approve, each with its student, day and reason. */
export function RefusedEntries({ refusals, approvedCount, onClose }: { refusals: Refusal[]; approvedCount: number; onClose: () => void }) {
  if (refusals.length === 0) return null;
  const n = refusals.length;
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle />}
      role="alert"
      title={`${n} ${n === 1 ? 'entry was' : 'entries were'} not approved${approvedCount > 0 ? ` (${approvedCount} approved)` : ''}`}
      mb="md"
      withCloseButton
      closeButtonLabel="Dismiss the entries not approved"
      onClose={onClose}
    >
      <List size="sm" spacing={4} aria-label="Entries not approved">
        {refusals.map((r) => (
          <List.Item key={r.entryId}>
            <Text span fw={600} size="sm">
              {r.studentName}
              {r.startedAt ? `, ${formatEntryDay(r.startedAt)}` : ''}
            </Text>
            {': '}
            {REFUSAL_LABELS[r.reason]}. {r.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
