import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { badInput, conflict, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { auditInsertSql } from '../audit/audit.service';
import { hourReviewedSql, hoursWaitingSql, REVIEW_KIND } from '../notification/notification.sql';
import type { User } from '../../common/auth/user.entity';
import { ApproveHourEntriesInput, ReopenHourEntryInput, ReviewDecision, ReviewHourEntryInput } from './dto/hours.input';
import { ApproveHourEntriesResult, refusalOf } from './dto/approve-result';
import { HourEntry } from './hour-entry.entity';
import { HOUR_AUDIT } from './hour-rules';

/** Review of hour entries: one decision at a time, many approvals at once, and reopening an approved entry. */
@Injectable()
export class HourReviewService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
  ) {}

  /** One reviewer wins: the update only applies to the version the reviewer saw, still waiting. */
  async review(user: User, requestId: string | null, input: ReviewHourEntryInput): Promise<HourEntry> {
    await this.scope.assert(user, 'hourEntry', input.id);
    const comment = input.comment?.trim() || null;
    if (input.decision !== ReviewDecision.APPROVE && !comment) {
      throw badInput(
        input.decision === ReviewDecision.REJECT ? 'comment: give the reason for rejecting these hours.' : 'comment: say what information you need.',
        [{ field: 'comment', message: 'is required' }],
      );
    }
    const status = { APPROVE: 'APPROVED', NEEDS_INFO: 'NEEDS_INFO', REJECT: 'REJECTED' }[input.decision];
    const rows: Record<string, unknown>[] = await this.ds.query(
      `WITH e AS (
         UPDATE hour_entries SET status = $3, review_comment = $4, reviewed_by = $5, reviewed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'SUBMITTED' RETURNING *
       ), a AS (
         ${auditInsertSql(this.ds, { ...HOUR_AUDIT, from: 'e', actor: '$5', action: '$6', requestId: '$7', before: `jsonb_build_object('status', 'SUBMITTED', 'version', $2::int)` })}
       ), n AS (${hourReviewedSql('e', REVIEW_KIND)})
       SELECT ${entityColumns(this.ds, HourEntry, 'e')} FROM e`,
      [input.id, input.version, status, comment, user.id, `hours.review.${input.decision.toLowerCase()}`, requestId],
    );
    if (!rows[0]) throw await this.staleEntry(input.id);
    return hydrate(this.ds, HourEntry, rows[0]);
  }

  /**
   * Approves what can be approved of many entries; each of the others comes back with its own reason
   * (a refusal never undoes the approvals beside it). Each approval is audited.
   */
  async approveMany(user: User, requestId: string | null, input: ApproveHourEntriesInput): Promise<ApproveHourEntriesResult> {
    const ids = input.entries.map((e) => e.id);
    if (new Set(ids).size !== ids.length) throw badInput('entries: the same entry appears twice.');
    const versions = input.entries.map((e) => e.version);
    return this.ds.transaction(async (em) => {
      const scope = this.scope.condition(user, 'hourEntry', 'h', 5);
      const rows: Record<string, unknown>[] = await em.query(
        `WITH v AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS v(id, version)),
         e AS (
           UPDATE hour_entries h SET status = 'APPROVED', review_comment = NULL, reviewed_by = $3, reviewed_at = now(), version = h.version + 1, updated_at = now()
             FROM v WHERE h.id = v.id AND h.version = v.version AND h.status = 'SUBMITTED' AND h.compliance_flag IS NULL AND ${scope.sql} RETURNING h.*
         ), a AS (
           ${auditInsertSql(this.ds, { ...HOUR_AUDIT, from: 'e', actor: '$3', action: '$4', requestId: '$5', before: `jsonb_build_object('status', 'SUBMITTED')` })}
         )
         SELECT ${entityColumns(this.ds, HourEntry, 'e')} FROM e`,
        [ids, versions, user.id, 'hours.review.approve', requestId, ...scope.params],
      );
      const approved = new Map(rows.map((r) => [r.id as string, hydrate(this.ds, HourEntry, r)]));
      const missing = ids.filter((id) => !approved.has(id));
      const refusedScope = this.scope.condition(user, 'hourEntry', 'h', 1);
      const facts: Record<string, unknown>[] = missing.length
        ? await em.query(
            `SELECT ${entityColumns(this.ds, HourEntry, 'h')}, u.display_name AS reviewer_name FROM hour_entries h LEFT JOIN users u ON u.id = h.reviewed_by
              WHERE h.id = ANY($1::uuid[]) AND ${refusedScope.sql}`,
            [missing, ...refusedScope.params],
          )
        : [];
      const seen = new Map(facts.map((r) => [r.id as string, { entry: hydrate(this.ds, HourEntry, r), reviewerName: r.reviewer_name as string | null }]));
      const refused = input.entries.filter((e) => !approved.has(e.id)).map(({ id, version }) => {
        const s = seen.get(id);
        const why = refusalOf(s ? { ...s.entry, reviewerName: s.reviewerName } : null, version);
        return { entryId: id, ...why, entry: s?.entry ?? null };
      });
      return { approved: ids.filter((id) => approved.has(id)).map((id) => approved.get(id)!), refused };
    });
  }

  async reopen(user: User, requestId: string | null, input: ReopenHourEntryInput): Promise<HourEntry> {
    await this.scope.assert(user, 'hourEntry', input.id);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `WITH e AS (
         UPDATE hour_entries SET status = 'SUBMITTED', review_comment = $3, reviewed_by = $4, reviewed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'APPROVED' RETURNING *
       ), a AS (
         ${auditInsertSql(this.ds, { ...HOUR_AUDIT, from: 'e', actor: '$4', action: `'hours.reopen'`, requestId: '$5', before: `jsonb_build_object('status', 'APPROVED', 'version', $2::int)` })}
       ), n AS (${hourReviewedSql('e', `'HOURS_REOPENED'`)}), w AS (${hoursWaitingSql('e')})
       SELECT ${entityColumns(this.ds, HourEntry, 'e')} FROM e`,
      [input.id, input.version, input.reason.trim(), user.id, requestId],
    );
    if (!rows[0]) throw await this.staleEntry(input.id, 'APPROVED');
    return hydrate(this.ds, HourEntry, rows[0]);
  }

  private async staleEntry(id: string, expected = 'SUBMITTED') {
    const [row]: { status: string; name: string | null }[] = await this.ds.query(
      `SELECT h.status::text AS status, u.display_name AS name FROM hour_entries h LEFT JOIN users u ON u.id = h.reviewed_by WHERE h.id = $1`,
      [id],
    );
    if (!row) return notFound('Hour entry');
    if (row.status !== expected) {
      return conflict(`This entry is no longer ${expected === 'SUBMITTED' ? 'waiting for review' : 'approved'}: it is ${row.status.toLowerCase().replace('_', ' ')}${row.name ? ` (by ${row.name})` : ''}. Reload to see the latest.`);
    }
    return conflict('This entry changed since you loaded it. Reload it and try again.');
  }
}
