import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integrity of the status log: a graduation recorded over unmet requirements keeps the override
 * reason and what was unmet; an admin can void a wrong event (kept in history, never deleted) and
 * the current status follows the log without voided events. Programs may count only verified
 * employment as placement.
 */
export class StatusIntegrity1796300200000 implements MigrationInterface {
  name = 'StatusIntegrity1796300200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD "override_reason" text`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD "unmet_requirements" text array`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD "voided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD "voided_by" uuid`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD "void_reason" text`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD CONSTRAINT "FK_enrollment_status_events_voided_by" FOREIGN KEY ("voided_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD CONSTRAINT "enrollment_status_events_void_complete" CHECK ((voided_at IS NULL) = (void_reason IS NULL))`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "count_only_verified_employment" boolean NOT NULL DEFAULT false`);
    // Hand-written: the log stays append-only except for voiding an event once (nothing else changes).
    await queryRunner.query(`DROP TRIGGER enrollment_status_events_append_only ON "enrollment_status_events"`);
    await queryRunner.query(`CREATE FUNCTION ptp_status_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
           AND (to_jsonb(NEW) - 'voided_at' - 'voided_by' - 'void_reason') = (to_jsonb(OLD) - 'voided_at' - 'voided_by' - 'void_reason') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% is append-only: % is not allowed (an event can only be voided, once)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER enrollment_status_events_append_only BEFORE UPDATE OR DELETE ON "enrollment_status_events" FOR EACH ROW EXECUTE FUNCTION ptp_status_event_guard()`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ptp_derive_enrollment_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrollments e SET status = latest.status, status_since = latest.effective_on
          FROM (SELECT status, effective_on FROM enrollment_status_events
                 WHERE enrollment_id = NEW.enrollment_id AND voided_at IS NULL ORDER BY effective_on DESC, seq DESC LIMIT 1) latest
         WHERE e.id = NEW.enrollment_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER enrollment_status_events_derive ON "enrollment_status_events"`);
    await queryRunner.query(`CREATE TRIGGER enrollment_status_events_derive AFTER INSERT OR UPDATE ON "enrollment_status_events" FOR EACH ROW EXECUTE FUNCTION ptp_derive_enrollment_status()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER enrollment_status_events_derive ON "enrollment_status_events"`);
    await queryRunner.query(`CREATE TRIGGER enrollment_status_events_derive AFTER INSERT ON "enrollment_status_events" FOR EACH ROW EXECUTE FUNCTION ptp_derive_enrollment_status()`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ptp_derive_enrollment_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrollments e SET status = latest.status, status_since = latest.effective_on
          FROM (SELECT status, effective_on FROM enrollment_status_events
                 WHERE enrollment_id = NEW.enrollment_id ORDER BY effective_on DESC, seq DESC LIMIT 1) latest
         WHERE e.id = NEW.enrollment_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER enrollment_status_events_append_only ON "enrollment_status_events"`);
    await queryRunner.query(`DROP FUNCTION ptp_status_event_guard()`);
    await queryRunner.query(`CREATE TRIGGER enrollment_status_events_append_only BEFORE UPDATE OR DELETE ON "enrollment_status_events" FOR EACH ROW EXECUTE FUNCTION ptp_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "count_only_verified_employment"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP CONSTRAINT "enrollment_status_events_void_complete"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP CONSTRAINT "FK_enrollment_status_events_voided_by"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP COLUMN "void_reason"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP COLUMN "voided_by"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP COLUMN "voided_at"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP COLUMN "unmet_requirements"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP COLUMN "override_reason"`);
  }
}
