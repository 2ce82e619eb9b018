import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ACTIVE_STATUSES, defaultExpiry, DisclosureAction, isCleared, ItemCompliance, itemCompliance, todayIn } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { recordDisclosure } from '../../common/export/disclosure';
import { entityColumns, hydrate, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import { badInput, conflict, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { FileStorage } from '../../common/storage/file-storage';
import { AuditService } from '../audit/audit.service';
import { GatheredDraft, NotificationDraft, NotificationService } from '../notification/notification.service';
import type { User } from '../../common/auth/user.entity';
import { ComplianceDecision, ComplianceRecordFilter, ReviewComplianceRecordInput, SaveComplianceItemInput, SubmitComplianceRecordInput } from './dto/compliance.input';
import { ComplianceItem, ComplianceRecord, Reminder, StoredDocument } from './compliance.entity';
import { MAX_UPLOAD_BYTES, sniffDocumentType } from './file-types';
import { programDayOrTodaySql, programHourReachedSql } from '../../common/database/program-day';

@Injectable()
export class ComplianceService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly notifications: NotificationService,
  ) {}

  async saveItem(user: User, requestId: string | null, input: SaveComplianceItemInput): Promise<ComplianceItem> {
    await this.scope.assert(user, 'program', input.programId);
    if ((input.validity === 'MONTHS') !== (input.validityMonths != null)) {
      throw badInput('validityMonths: give the number of months for a "months" rule, and only then.', [{ field: 'validityMonths', message: 'required for MONTHS only' }]);
    }
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(ComplianceItem);
      const before = input.id ? await repo.findOneBy({ id: input.id, programId: input.programId }) : null;
      if (input.id && !before) throw notFound('Compliance item');
      const fields = { programId: input.programId, code: input.code, name: input.name.trim(), validity: input.validity, validityMonths: input.validityMonths ?? null, active: input.active };
      const item = before ? await repo.save({ ...before, ...fields }) : await repo.save(repo.create({ ...fields, sortOrder: 100 }));
      await this.audit.record(em, user, requestId, { action: before ? 'complianceItem.update' : 'complianceItem.create', entityType: 'ComplianceItem', entityId: item.id, programId: item.programId, before: before ?? undefined, after: item });
      return item;
    });
  }

  /** Stores an upload after checking its size and real type; returns the document id. */
  async upload(user: User, requestId: string | null, enrollmentId: string, file: { buffer: Buffer; originalname: string; size: number } | undefined) {
    const { programId } = await this.scope.assert(user, 'enrollment', enrollmentId);
    if (!file) throw badInput('file: choose a PDF, JPEG or PNG file to upload.');
    if (file.size > MAX_UPLOAD_BYTES) throw badInput(`file: the file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 10 MB.`);
    if (file.size === 0) throw badInput('file: the file is empty.');
    const kind = sniffDocumentType(file.buffer);
    if (!kind) throw badInput('file: only PDF, JPEG and PNG files are accepted (this file is none of them, whatever its name says).');
    const key = await this.storage.put(file.buffer);
    try {
      return await this.ds.transaction(async (em) => {
        const doc = await em.getRepository(StoredDocument).save(
          em.getRepository(StoredDocument).create({
            programId, enrollmentId, storageKey: key, originalName: file.originalname.slice(0, 255), contentType: kind.type, sizeBytes: file.size,
            sha256: createHash('sha256').update(file.buffer).digest('hex'), uploadedById: user.id,
          }),
        );
        await this.audit.record(em, user, requestId, { action: 'document.upload', entityType: 'Document', entityId: doc.id, programId, after: { ...doc, storageKey: undefined } });
        return doc;
      });
    } catch (err) {
      await this.storage.remove(key);
      throw err;
    }
  }

  /** The document's stream, for the owner student and their staff; never for preceptors. */
  async openDocument(user: User, requestId: string | null, documentId: string) {
    const doc = await this.ds.getRepository(StoredDocument).findOneBy({ id: documentId });
    if (!doc) throw notFound('Document');
    const { programId } = await this.scope.assert(user, 'enrollment', doc.enrollmentId);
    await this.audit.record(this.ds.manager, user, requestId, { action: 'document.download', entityType: 'Document', entityId: doc.id, programId });
    const [about]: { student: string; item: string | null }[] = await this.ds.query(
      `SELECT s.first_name || ' ' || s.last_name || ' (' || s.student_number || ')' AS student,
              (SELECT i.name FROM compliance_records r JOIN compliance_items i ON i.id = r.item_id WHERE r.document_id = d.id ORDER BY r.created_at DESC LIMIT 1) AS item
         FROM documents d JOIN enrollments e ON e.id = d.enrollment_id JOIN students s ON s.id = e.student_id WHERE d.id = $1`,
      [doc.id],
    );
    await recordDisclosure(this.ds, user, requestId, {
      action: DisclosureAction.COMPLIANCE_DOCUMENT_DOWNLOAD, purpose: null, studentCount: 1, programId, input: { export: 'document', documentId: doc.id },
      description: `Compliance document ${about.item ?? '(not yet submitted for an item)'}, "${doc.originalName}", of ${about.student}`,
    });
    return { doc, stream: this.storage.open(doc.storageKey) };
  }

  async submit(user: User, requestId: string | null, input: SubmitComplianceRecordInput): Promise<ComplianceRecord> {
    const { programId, timeZone } = await this.scope.assert(user, 'enrollment', input.enrollmentId);
    const item = await this.ds.getRepository(ComplianceItem).findOneBy({ id: input.itemId });
    if (!item || item.programId !== programId) throw notFound('Compliance item');
    const today = todayIn(timeZone);
    if (input.completedOn > today) throw badInput('completedOn: the completion date cannot be in the future.', [{ field: 'completedOn', message: 'is in the future' }]);
    const expiresOn = input.expiresOn ?? defaultExpiry(item, input.completedOn);
    if (expiresOn && expiresOn < input.completedOn) throw badInput('expiresOn: the expiry date must be after the completion date.', [{ field: 'expiresOn', message: 'before the completion date' }]);
    if (input.documentId) {
      const doc = await this.ds.getRepository(StoredDocument).findOneBy({ id: input.documentId });
      if (!doc || doc.enrollmentId !== input.enrollmentId) throw notFound('Document');
    }
    return this.ds.transaction(async (em) => {
      const record = await em.getRepository(ComplianceRecord).save(
        em.getRepository(ComplianceRecord).create({
          programId, enrollmentId: input.enrollmentId, itemId: item.id, completedOn: input.completedOn, expiresOn, status: 'PENDING',
          documentId: input.documentId ?? null, submittedById: user.id, reviewReason: null, reviewedById: null, reviewedAt: null,
        }),
      );
      await this.audit.record(em, user, requestId, { action: 'compliance.submit', entityType: 'ComplianceRecord', entityId: record.id, programId, after: record });
      return record;
    });
  }

  async review(user: User, requestId: string | null, input: ReviewComplianceRecordInput): Promise<ComplianceRecord> {
    const [row]: { enrollment_id: string; document_id: string | null }[] = await this.ds.query(`SELECT enrollment_id, document_id FROM compliance_records WHERE id = $1`, [input.id]);
    if (!row) throw notFound('Compliance record');
    const { programId } = await this.scope.assert(user, 'enrollment', row.enrollment_id);
    // What a surveyor checks: a verified item has the document it was verified from; only a waiver has none.
    if (input.decision === ComplianceDecision.VERIFY && !row.document_id) {
      throw badInput('decision: a record can be verified only with its document attached. Ask the student to upload it, or waive the item with a reason.', [
        { field: 'decision', message: 'needs a document to verify' },
      ]);
    }
    const reason = input.reason?.trim() || null;
    if (input.decision !== ComplianceDecision.VERIFY && !reason) {
      throw badInput(input.decision === ComplianceDecision.WAIVE ? 'reason: document why this item is waived.' : 'reason: tell the student why the document was rejected.', [{ field: 'reason', message: 'is required' }]);
    }
    const status = { VERIFY: 'VERIFIED', REJECT: 'REJECTED', WAIVE: 'WAIVED' }[input.decision];
    return this.ds.transaction(async (em) => {
      const rows: Record<string, unknown>[] = await em.query(
        `WITH r AS (UPDATE compliance_records SET status = $2, review_reason = $3, reviewed_by = $4, reviewed_at = now()
                     WHERE id = $1 AND status = 'PENDING' RETURNING *)
         SELECT ${entityColumns(this.ds, ComplianceRecord, 'r')} FROM r`,
        [input.id, status, reason, user.id],
      );
      if (!rows[0]) throw conflict('This record was already reviewed. Reload to see its status.');
      const record = hydrate(this.ds, ComplianceRecord, rows[0]);
      await this.audit.record(em, user, requestId, { action: `compliance.${input.decision.toLowerCase()}`, entityType: 'ComplianceRecord', entityId: record.id, programId, before: { status: 'PENDING' }, after: record });
      if (record.status === 'REJECTED') await this.notifyRejected(em, record);
      return record;
    });
  }

  listRecords(user: User, page: PageArgs, filter: ComplianceRecordFilter = {}) {
    const scope = this.scope.condition(user, 'complianceRecord', 'r', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.enrollmentId) {
      params.push(filter.enrollmentId);
      where.push(`r.enrollment_id = $${params.length}`);
    }
    if (filter.cohortId) {
      params.push(filter.cohortId);
      where.push(`r.enrollment_id IN (SELECT id FROM enrollments WHERE cohort_id = $${params.length})`);
    }
    if (filter.statuses?.length) {
      params.push(filter.statuses);
      where.push(`r.status = ANY($${params.length}::compliance_review_status[])`);
    }
    return paginate(this.ds, ComplianceRecord, { alias: 'r', from: 'compliance_records r', where, params, sortExpr: 'r.created_at', direction: SortDirection.ASC }, page);
  }

  /** The day a student's compliance must stay valid through: the end of their last placement (null: none yet). */
  static coverUntil(placements: { endDate: string }[]): string | null {
    return placements.reduce<string | null>((max, p) => (max === null || p.endDate > max ? p.endDate : max), null);
  }

  /** Per required item: its state today and whether it stays valid through `coverUntil`. */
  static itemStates(items: ComplianceItem[], records: ComplianceRecord[], today: string, coverUntil: string | null) {
    return items
      .filter((i) => i.active)
      .map((item) => {
        const mine = records.filter((r) => r.itemId === item.id);
        return { item, records: mine, ...itemCompliance(mine, today, coverUntil) } as ItemCompliance & { item: ComplianceItem; records: ComplianceRecord[] };
      });
  }

  static cleared(states: { state: ItemCompliance['state'] }[]) {
    return isCleared(states.map((s) => s.state));
  }

  /** The student hears why their document was not accepted. */
  private async notifyRejected(em: EntityManager, record: ComplianceRecord) {
    const [row]: { user_id: string | null; item_name: string }[] = await em.query(
      `SELECT st.user_id, ci.name AS item_name FROM enrollments e JOIN students st ON st.id = e.student_id CROSS JOIN compliance_items ci WHERE e.id = $1 AND ci.id = $2`,
      [record.enrollmentId, record.itemId],
    );
    if (!row?.user_id) return;
    await this.notifications.create(em, [
      { programId: record.programId, recipientId: row.user_id, kind: 'DOCUMENT_REJECTED', subjectType: 'ComplianceRecord', subjectId: record.id, data: { itemName: row.item_name, reason: record.reviewReason } },
    ]);
  }

  /**
   * The daily job: records which reminders are due (expiring within 60/30/7 days, expired,
   * missing) for active students whose externship window has not closed, each program on its own
   * date (its time zone), and notifies in the same transaction: the student of each new reminder,
   * and the cohort's instructors in their weekly digest. Idempotent: a reminder exists once per
   * enrollment, item, kind and date. `today` (ISO) overrides every program's date; `fromLocalHour`
   * skips programs where it is earlier than that hour (the hourly schedule runs it "in the morning").
   */
  async runDailyReminders(today?: string, opts: { fromLocalHour?: number } = {}): Promise<number> {
    const enrollments: { id: string; program_id: string; cohort_id: string; needed_by: string; today: string; student_user_id: string | null; cohort_code: string; cohort_name: string }[] = await this.ds.query(
      `SELECT e.id, e.program_id, e.cohort_id, c.externship_start_date::text AS needed_by, t.today::text AS today, st.user_id AS student_user_id, c.code AS cohort_code, c.name AS cohort_name
         FROM enrollments e
         JOIN cohorts c ON c.id = e.cohort_id
         JOIN students st ON st.id = e.student_id
         JOIN programs p ON p.id = e.program_id
         CROSS JOIN LATERAL (SELECT ${programDayOrTodaySql('$2')} AS today) t
        WHERE e.status = ANY($1::enrollment_status[]) AND c.externship_end_date >= t.today
          AND ${programHourReachedSql('$3')}
          AND EXISTS (SELECT 1 FROM compliance_items ci WHERE ci.program_id = e.program_id AND ci.active)`,
      [ACTIVE_STATUSES, today ?? null, opts.fromLocalHour ?? null],
    );
    let created = 0;
    for (let i = 0; i < enrollments.length; i += 500) {
      const batch = enrollments.slice(i, i + 500);
      const ids = batch.map((e) => e.id);
      const programIds = [...new Set(batch.map((e) => e.program_id))];
      const [items, records] = await Promise.all([
        this.ds.getRepository(ComplianceItem).createQueryBuilder('i').where('i.program_id = ANY(:p)', { p: programIds }).getMany(),
        this.ds.getRepository(ComplianceRecord).createQueryBuilder('r').where('r.enrollment_id = ANY(:e)', { e: ids }).getMany(),
      ]);
      const rows: (Partial<Reminder> & { daysLeft: number | null })[] = [];
      for (const e of batch) {
        const states = ComplianceService.itemStates(items.filter((it) => it.programId === e.program_id), records.filter((r) => r.enrollmentId === e.id), e.today, null);
        for (const s of states) {
          if (s.state === 'VALID' || s.state === 'PENDING_REVIEW') continue;
          rows.push({ programId: e.program_id, enrollmentId: e.id, itemId: s.item.id, kind: s.state, expiresOn: s.state === 'MISSING' ? e.needed_by : s.validThrough, dueOn: e.today, daysLeft: s.daysLeft });
        }
      }
      if (!rows.length) continue;
      created += await this.ds.transaction(async (em) => {
        const inserted: Record<string, unknown>[] = await em.query(
          `INSERT INTO reminders (program_id, enrollment_id, item_id, kind, expires_on, due_on)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[])
           ON CONFLICT ON CONSTRAINT reminders_once_key DO NOTHING RETURNING ${entityColumns(this.ds, Reminder, 'reminders')}`,
          [rows.map((r) => r.programId), rows.map((r) => r.enrollmentId), rows.map((r) => r.itemId), rows.map((r) => r.kind), rows.map((r) => r.expiresOn), rows.map((r) => r.dueOn)],
        );
        const reminders = inserted.map((r) => hydrate(this.ds, Reminder, r));
        await this.notifyReminders(em, reminders, batch, items, rows);
        return reminders.length;
      });
    }
    return created;
  }

  private async notifyReminders(
    em: EntityManager,
    reminders: Reminder[],
    enrollments: { id: string; cohort_id: string; student_user_id: string | null; cohort_code: string; cohort_name: string }[],
    items: ComplianceItem[],
    due: { enrollmentId?: string; itemId?: string; kind?: string; daysLeft: number | null }[],
  ) {
    if (!reminders.length) return;
    const enrollment = new Map(enrollments.map((e) => [e.id, e]));
    const itemName = new Map(items.map((i) => [i.id, i.name]));
    const daysLeftOf = new Map(due.map((d) => [`${d.enrollmentId}|${d.itemId}|${d.kind}`, d.daysLeft]));
    const toStudents: NotificationDraft[] = [];
    const perCohort = new Map<string, { programId: string; code: string; name: string; count: number }>();
    for (const r of reminders) {
      const e = enrollment.get(r.enrollmentId)!;
      const daysLeft = daysLeftOf.get(`${r.enrollmentId}|${r.itemId}|${r.kind}`) ?? null;
      if (e.student_user_id) {
        toStudents.push({
          programId: r.programId, recipientId: e.student_user_id, kind: 'COMPLIANCE_REMINDER', subjectType: 'Reminder', subjectId: r.id,
          data: { itemName: itemName.get(r.itemId), state: r.kind, expiresOn: r.expiresOn, daysLeft, enrollmentId: r.enrollmentId }, dedupeKey: `reminder:${r.id}`,
        });
      }
      const c = perCohort.get(e.cohort_id) ?? { programId: r.programId, code: e.cohort_code, name: e.cohort_name, count: 0 };
      c.count++;
      perCohort.set(e.cohort_id, c);
    }
    await this.notifications.create(em, toStudents);
    const instructors: { cohort_id: string; user_id: string }[] = await em.query(`SELECT cohort_id, user_id FROM cohort_instructors WHERE cohort_id = ANY($1::uuid[])`, [[...perCohort.keys()]]);
    const gathered: GatheredDraft[] = instructors.map((i) => {
      const c = perCohort.get(i.cohort_id)!;
      return {
        programId: c.programId, recipientId: i.user_id, kind: 'COHORT_COMPLIANCE', subjectType: 'Cohort', subjectId: i.cohort_id,
        data: { cohortCode: c.code, cohortName: c.name }, groupKey: `cohort-compliance:${i.cohort_id}`, count: c.count,
      };
    });
    await this.notifications.gather(em, gathered);
  }
}
