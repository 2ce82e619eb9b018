import type { DisclosureAction } from '@ptp/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { User } from '../auth/user.entity';

/** One line of the disclosure log: what was handed out, why, about how many students. */
export interface DisclosureEntry {
  action: DisclosureAction;
  description: string;
  /** As the user typed it; blank is stored as "not given". */
  purpose: string | null;
  studentCount: number;
  /** What was asked for (export kind, ids, format), for the record. */
  input: Record<string, unknown>;
  /** The saved report it was produced from, for report exports. */
  snapshotId?: string | null;
}

/** The programs whose students it concerns: one for most exports, several for a multi-program report. */
type Programs = { programId: string } | { programIds: string[] };

/**
 * Writes who disclosed which students' records, when and why (FERPA): every CSV export, record
 * download and document download. The table is append-only (a trigger refuses UPDATE and DELETE).
 */
export async function recordDisclosure(db: DataSource | EntityManager, user: User, requestId: string | null, entry: DisclosureEntry & Programs): Promise<void> {
  await db.query(
    `INSERT INTO disclosure_events (actor_id, action, description, purpose, student_count, program_ids, report_input, snapshot_id, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      user.id, entry.action, entry.description, entry.purpose?.trim() || null, entry.studentCount,
      'programIds' in entry ? entry.programIds : [entry.programId], JSON.stringify(entry.input), entry.snapshotId ?? null, requestId,
    ],
  );
}
