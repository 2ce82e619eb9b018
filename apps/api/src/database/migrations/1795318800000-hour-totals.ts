import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maintained hour totals: per enrollment and (component, setting, placement), the approved and
 * pending minutes, kept by a trigger in the same transaction as every hour entry change. Progress
 * and the roster read a handful of rows per student instead of summing every entry. Plus an index
 * for the recent pace (entries of the last 14 days by start time).
 * Hand-written: no entity maps this table; it is read by the progress loader only.
 */
export class HourTotals1795318800000 implements MigrationInterface {
  name = 'HourTotals1795318800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hour_totals" (
      "enrollment_id" uuid NOT NULL REFERENCES "enrollments"("id") ON DELETE RESTRICT,
      "bucket" text NOT NULL,
      "component" "public"."hour_component" NOT NULL,
      "setting" "public"."practice_setting",
      "placement_id" uuid,
      "approved_minutes" integer NOT NULL DEFAULT 0,
      "pending_minutes" integer NOT NULL DEFAULT 0,
      CONSTRAINT "hour_totals_pkey" PRIMARY KEY ("enrollment_id", "bucket"),
      CONSTRAINT "hour_totals_non_negative" CHECK (approved_minutes >= 0 AND pending_minutes >= 0))`);
    await queryRunner.query(`CREATE FUNCTION ptp_hour_bucket(c hour_component, s practice_setting, p uuid) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$ SELECT c::text || '|' || coalesce(s::text, '') || '|' || coalesce(p::text, '') $$`);
    await queryRunner.query(`CREATE FUNCTION ptp_maintain_hour_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE hour_totals
             SET approved_minutes = approved_minutes - CASE WHEN OLD.status = 'APPROVED' THEN OLD.minutes ELSE 0 END,
                 pending_minutes = pending_minutes - CASE WHEN OLD.status IN ('SUBMITTED', 'NEEDS_INFO') THEN OLD.minutes ELSE 0 END
           WHERE enrollment_id = OLD.enrollment_id AND bucket = ptp_hour_bucket(OLD.component, OLD.setting, OLD.placement_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO hour_totals AS t (enrollment_id, bucket, component, setting, placement_id, approved_minutes, pending_minutes)
          VALUES (NEW.enrollment_id, ptp_hour_bucket(NEW.component, NEW.setting, NEW.placement_id), NEW.component, NEW.setting, NEW.placement_id,
                  CASE WHEN NEW.status = 'APPROVED' THEN NEW.minutes ELSE 0 END,
                  CASE WHEN NEW.status IN ('SUBMITTED', 'NEEDS_INFO') THEN NEW.minutes ELSE 0 END)
          ON CONFLICT (enrollment_id, bucket) DO UPDATE
            SET approved_minutes = t.approved_minutes + EXCLUDED.approved_minutes,
                pending_minutes = t.pending_minutes + EXCLUDED.pending_minutes;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER hour_entries_totals AFTER INSERT OR UPDATE OF status, minutes, component, setting, placement_id, enrollment_id OR DELETE
      ON "hour_entries" FOR EACH ROW EXECUTE FUNCTION ptp_maintain_hour_totals()`);
    await queryRunner.query(`INSERT INTO hour_totals (enrollment_id, bucket, component, setting, placement_id, approved_minutes, pending_minutes)
      SELECT enrollment_id, ptp_hour_bucket(component, setting, placement_id), component, setting, placement_id,
             coalesce(sum(minutes) FILTER (WHERE status = 'APPROVED'), 0), coalesce(sum(minutes) FILTER (WHERE status IN ('SUBMITTED', 'NEEDS_INFO')), 0)
        FROM hour_entries GROUP BY enrollment_id, component, setting, placement_id`);
    await queryRunner.query(`CREATE INDEX "hour_entries_recent_idx" ON "hour_entries" ("enrollment_id", "started_at") INCLUDE ("status", "minutes")`);
    // The recent-pace index covers what the old covering index was for.
    await queryRunner.query(`DROP INDEX "public"."hour_entries_progress_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "hour_entries_progress_idx" ON "hour_entries" ("enrollment_id") INCLUDE ("status", "component", "setting", "placement_id", "minutes", "started_at")`);
    await queryRunner.query(`DROP INDEX "public"."hour_entries_recent_idx"`);
    await queryRunner.query(`DROP TRIGGER hour_entries_totals ON "hour_entries"`);
    await queryRunner.query(`DROP FUNCTION ptp_maintain_hour_totals()`);
    await queryRunner.query(`DROP FUNCTION ptp_hour_bucket(hour_component, practice_setting, uuid)`);
    await queryRunner.query(`DROP TABLE "hour_totals"`);
  }
}
