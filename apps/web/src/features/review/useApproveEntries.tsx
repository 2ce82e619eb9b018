import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ApprovalRefusal } from '../../gql/graphql';
import { toApiError } from '../../lib/graphql-errors';
import type { QueueRow } from './grouping';
import { ApproveHourEntriesDocument } from './operations';

/** An entry a bulk approval left as it was: whose, which day, and why. */
export interface Refusal {
  entryId: string;
  studentName: string;
  startedAt: string | null;
  reason: ApprovalRefusal;
  message: string;
}

/**
 * Bulk approval with the API's per-entry answer: what could be approved is approved; each other
 * entry is listed with its own reason (kept until the next approval or dismissed).
 */
export function useApproveEntries(onDone: () => void) {
  const [approveMany, { loading }] = useMutation(ApproveHourEntriesDocument);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [approvedCount, setApprovedCount] = useState(0);

  async function approve(rows: readonly QueueRow[]) {
    setError(null);
    setRefusals([]);
    const entries = rows.map((row) => ({ id: row.id, version: row.version }));
    if (entries.length === 0) return;
    try {
      const { data } = await approveMany({ variables: { input: { entries } } });
      const result = data?.approveHourEntries;
      if (!result) return;
      const byId = new Map(rows.map((row) => [row.id, row]));
      const count = result.approved.length;
      setApprovedCount(count);
      if (count > 0) {
        notifications.show({
          color: 'green',
          title: count === 1 ? '1 entry approved' : `${count} entries approved`,
          message: 'The hours now count toward the students’ requirements.',
        });
      }
      setRefusals(
        result.refused.map((r) => {
          const row = byId.get(r.entryId);
          return { entryId: r.entryId, studentName: row?.enrollment.student.fullName ?? 'Unknown student', startedAt: row?.startedAt ?? null, reason: r.reason, message: r.message };
        }),
      );
      onDone();
    } catch (e) {
      setError(toApiError(e).message);
    }
  }

  return { approve, loading, refusals, approvedCount, error, dismiss: () => { setRefusals([]); setError(null); } };
}
