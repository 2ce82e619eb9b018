/*
 * Notification inserts that ride inside another statement (a data-modifying CTE), so the hot paths
 * of the hours flow (log, review, reopen) write their notification in the statement they already
 * run: no extra round trip, and the notification commits exactly with the change.
 * Each takes the name of a CTE (or table expression) of hour_entries rows.
 */

/** Upsert target of a gathered notification: the one still waiting for its digest (see the entity). */
export const OPEN_GROUP = `ON CONFLICT (recipient_id, group_key) WHERE email_status = 'PENDING' AND group_key IS NOT NULL`;

/**
 * The placement's preceptor hears of entries now waiting for review: one notification per site,
 * gathered until the daily digest (its count goes up with each entry; reading it does not stop it).
 */
export const hoursWaitingSql = (entries: string) => `INSERT INTO notifications (program_id, recipient_id, kind, subject_type, subject_id, data, digest, group_key)
  SELECT ne.program_id, npr.user_id, 'HOURS_WAITING', 'Site', npl.site_id, jsonb_build_object('siteName', nsi.name), 'DAILY', 'hours-waiting:' || npl.site_id
    FROM ${entries} ne
    JOIN placements npl ON npl.id = ne.placement_id
    JOIN preceptors npr ON npr.id = npl.preceptor_id
    JOIN sites nsi ON nsi.id = npl.site_id
   WHERE ne.status = 'SUBMITTED'
  ${OPEN_GROUP} DO UPDATE SET item_count = notifications.item_count + 1, read_at = NULL, updated_at = now()`;

/**
 * The student hears that an entry was sent back, rejected or reopened, with the reviewer's words
 * (review_comment holds the comment, or the reopen reason). `kind` is an SQL expression.
 */
export const hourReviewedSql = (entries: string, kind: string) => `INSERT INTO notifications (program_id, recipient_id, kind, subject_type, subject_id, data)
  SELECT ne.program_id, nst.user_id, (${kind})::notification_kind, 'HourEntry', ne.id,
         jsonb_build_object('startedAt', ne.started_at, 'minutes', ne.minutes, 'comment', ne.review_comment,
                            'reviewer', (SELECT nu.display_name FROM users nu WHERE nu.id = ne.reviewed_by))
    FROM ${entries} ne
    JOIN enrollments nen ON nen.id = ne.enrollment_id
    JOIN students nst ON nst.id = nen.student_id
   WHERE nst.user_id IS NOT NULL AND (${kind}) IS NOT NULL`;

/** The kind for a reviewed entry: sent back or rejected (approvals notify nobody). */
export const REVIEW_KIND = `CASE ne.status WHEN 'NEEDS_INFO' THEN 'HOURS_SENT_BACK' WHEN 'REJECTED' THEN 'HOURS_REJECTED' END`;
