import type { ReviewQueueQuery } from '../../gql/graphql';

export type QueueRow = ReviewQueueQuery['hourEntries']['edges'][number]['node'];

export interface StudentGroup {
  studentId: string;
  studentName: string;
  cohortCode: string;
  entries: QueueRow[];
  /** Entries still waiting for review: what "Approve all for this student" approves. */
  pending: QueueRow[];
  pendingMinutes: number;
}

/** The queue's rows by student, in the order each student first appears (oldest entry first). */
export function groupByStudent(rows: readonly QueueRow[]): StudentGroup[] {
  const groups = new Map<string, StudentGroup>();
  for (const row of rows) {
    const { student, cohort } = row.enrollment;
    let group = groups.get(student.id);
    if (!group) {
      group = { studentId: student.id, studentName: student.fullName, cohortCode: cohort.code, entries: [], pending: [], pendingMinutes: 0 };
      groups.set(student.id, group);
    }
    group.entries.push(row);
    if (row.status === 'SUBMITTED') {
      group.pending.push(row);
      group.pendingMinutes += row.minutes;
    }
  }
  return [...groups.values()];
}
