import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795314845444 implements MigrationInterface {
  name = 'Foundation1795314845444';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(80) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(64) NOT NULL, "program_id" uuid, "before" jsonb, "after" jsonb, "request_id" character varying(64), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_events_program_idx" ON "audit_events" ("program_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "audit_events_entity_idx" ON "audit_events" ("entity_id", "occurred_at") `);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'INSTRUCTOR', 'PRECEPTOR', 'STUDENT')`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" character varying(255) NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "users_email_lowercase" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."program_level" AS ENUM('ENTRY', 'ADVANCED')`);
    await queryRunner.query(`CREATE TABLE "programs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "level" "public"."program_level" NOT NULL, "time_zone" character varying(64) NOT NULL, "accreditors" text array NOT NULL DEFAULT '{}', "min_total_hours" numeric(7,2) NOT NULL, "min_weeks" integer NOT NULL, "min_rotations" integer NOT NULL, "min_single_rotation_hours" numeric(7,2), "min_rotation_total_hours" numeric(7,2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ba50d0f7b68ee5b73f7e7b8fdf9" UNIQUE ("name"), CONSTRAINT "programs_hours_positive" CHECK (min_total_hours >= 0 AND min_weeks >= 0 AND min_rotations >= 0), CONSTRAINT "PK_d43c664bcaafc0e8a06dfd34e05" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."hour_component" AS ENUM('DIDACTIC', 'SIMULATED', 'EXPERIENTIAL')`);
    await queryRunner.query(`CREATE TYPE "public"."practice_setting" AS ENUM('COMMUNITY', 'HOSPITAL', 'LONG_TERM_CARE', 'COMPOUNDING', 'MAIL_ORDER', 'SPECIALTY', 'NUCLEAR')`);
    await queryRunner.query(`CREATE TABLE "program_requirements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "component" "public"."hour_component" NOT NULL, "setting" "public"."practice_setting", "min_hours" numeric(7,2) NOT NULL, CONSTRAINT "program_requirements_key" UNIQUE ("program_id", "component", "setting"), CONSTRAINT "program_requirements_min_hours" CHECK (min_hours > 0), CONSTRAINT "PK_ae429bd48e8cdd6df842ace413a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "program_requirements_program_idx" ON "program_requirements" ("program_id") `);
    await queryRunner.query(`CREATE TABLE "program_admins" ("program_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_373747518dcf37dcfd9f800d79d" PRIMARY KEY ("program_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "start_date" date NOT NULL, "expected_end_date" date NOT NULL, "externship_start_date" date NOT NULL, "externship_end_date" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cohorts_program_code_key" UNIQUE ("program_id", "code"), CONSTRAINT "cohorts_externship_window" CHECK (externship_end_date >= externship_start_date AND externship_start_date >= start_date AND externship_end_date <= expected_end_date), CONSTRAINT "cohorts_dates" CHECK (expected_end_date >= start_date), CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cohorts_program_idx" ON "cohorts" ("program_id") `);
    await queryRunner.query(`CREATE TABLE "cohort_instructors" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_b2871724db093738a3124191bed" PRIMARY KEY ("cohort_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "cohort_instructors_user_idx" ON "cohort_instructors" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "students" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "user_id" uuid, "first_name" character varying(120) NOT NULL, "last_name" character varying(120) NOT NULL, "email" character varying(254) NOT NULL, "student_number" character varying(40) NOT NULL, "phone" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "students_program_number_key" UNIQUE ("program_id", "student_number"), CONSTRAINT "students_program_email_key" UNIQUE ("program_id", "email"), CONSTRAINT "students_email_lowercase" CHECK (email = lower(email)), CONSTRAINT "PK_7d7f07271ad4ce999880713f05e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "students_program_idx" ON "students" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "students_user_idx" ON "students" ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."enrollment_status" AS ENUM('ENROLLED', 'LEAVE_OF_ABSENCE', 'RETURNED_FROM_LEAVE', 'WITHDRAWN', 'DISMISSED', 'RE_ENTERED', 'TRANSFERRED_OUT', 'GRADUATED', 'COMPLETED_NON_GRADUATE')`);
    await queryRunner.query(`CREATE TABLE "enrollments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "student_id" uuid NOT NULL, "enrolled_on" date NOT NULL, "status" "public"."enrollment_status" NOT NULL DEFAULT 'ENROLLED', "status_since" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "enrollments_cohort_student_key" UNIQUE ("cohort_id", "student_id"), CONSTRAINT "PK_7c0f752f9fb68bf6ed7367ab00f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "enrollments_program_idx" ON "enrollments" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "enrollments_student_idx" ON "enrollments" ("student_id") `);
    await queryRunner.query(`CREATE INDEX "enrollments_cohort_status_idx" ON "enrollments" ("cohort_id", "status") `);
    await queryRunner.query(`CREATE TYPE "public"."reason_code" AS ENUM('NEW_START', 'TRANSFER_IN', 'MEDICAL', 'PERSONAL', 'FINANCIAL', 'ACADEMIC', 'ATTENDANCE', 'CONDUCT', 'EMPLOYMENT_CONFLICT', 'RELOCATION', 'MILITARY', 'FAMILY_CARE', 'PREGNANCY', 'INCARCERATION', 'CONTINUING_EDUCATION', 'DEATH', 'LEAVE_ENDED', 'RETURN_TO_PROGRAM', 'PROGRAM_REQUIREMENTS_MET', 'REQUIREMENTS_MET_WITHOUT_CREDENTIAL', 'TRANSFER_TO_OTHER_PROGRAM', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "enrollment_status_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "status" "public"."enrollment_status" NOT NULL, "effective_on" date NOT NULL, "reason_code" "public"."reason_code" NOT NULL, "note" text, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_bcd80aa4cfd577778a97a582563" UNIQUE ("seq"), CONSTRAINT "PK_a438e5136a77ed6ef8d557fde14" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "enrollment_status_events_program_idx" ON "enrollment_status_events" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "enrollment_status_events_enrollment_idx" ON "enrollment_status_events" ("enrollment_id", "effective_on", "seq") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(400), CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "login_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" ("ip", "attempted_at") `);
    await queryRunner.query(`CREATE INDEX "login_attempts_email_idx" ON "login_attempts" ("email", "attempted_at") `);
    await queryRunner.query(`ALTER TABLE "program_requirements" ADD CONSTRAINT "FK_47500a57b0f15c80a51407f59c9" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_admins" ADD CONSTRAINT "FK_da4619343817da2df21d4ec3f84" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_admins" ADD CONSTRAINT "FK_8375d7181db873e5034ed7d24d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "FK_d8e49c656a43855ec1b0f1ff1b5" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_instructors" ADD CONSTRAINT "FK_95350ae0f1377aa05fc65fb5cb9" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_instructors" ADD CONSTRAINT "FK_74782e7a22f4f4c771d28c7cc6d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "students" ADD CONSTRAINT "FK_2a7ac955ea573f8be71d736cef8" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "students" ADD CONSTRAINT "FK_fb3eff90b11bddf7285f9b4e281" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD CONSTRAINT "FK_46cbd5f5fcd422a898bfdf8aabb" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD CONSTRAINT "FK_66dbba19e66e25c3814f80b6478" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD CONSTRAINT "FK_307813fe255896d6ebf3e6cd55c" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD CONSTRAINT "FK_6d7f36fb6417f9a3cc6b89d17b1" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD CONSTRAINT "FK_98401c23b58d90bddb1ba655c9b" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" ADD CONSTRAINT "FK_a7bc6db022f066a2c8220704c24" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Hand-written: what entities cannot say. The status log and the audit trail are append-only,
    // and an enrollment's current status is derived from its newest status event.
    await queryRunner.query(`CREATE FUNCTION ptp_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER enrollment_status_events_append_only BEFORE UPDATE OR DELETE ON "enrollment_status_events" FOR EACH ROW EXECUTE FUNCTION ptp_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION ptp_refuse_change()`);
    await queryRunner.query(`CREATE FUNCTION ptp_derive_enrollment_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrollments e SET status = latest.status, status_since = latest.effective_on
          FROM (SELECT status, effective_on FROM enrollment_status_events
                 WHERE enrollment_id = NEW.enrollment_id ORDER BY effective_on DESC, seq DESC LIMIT 1) latest
         WHERE e.id = NEW.enrollment_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER enrollment_status_events_derive AFTER INSERT ON "enrollment_status_events" FOR EACH ROW EXECUTE FUNCTION ptp_derive_enrollment_status()`);
    await queryRunner.query(`CREATE INDEX "students_name_search_idx" ON "students" (lower(last_name), lower(first_name))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."students_name_search_idx"`);
    await queryRunner.query(`DROP TRIGGER enrollment_status_events_derive ON "enrollment_status_events"`);
    await queryRunner.query(`DROP FUNCTION ptp_derive_enrollment_status()`);
    await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER enrollment_status_events_append_only ON "enrollment_status_events"`);
    await queryRunner.query(`DROP FUNCTION ptp_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP CONSTRAINT "FK_a7bc6db022f066a2c8220704c24"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP CONSTRAINT "FK_98401c23b58d90bddb1ba655c9b"`);
    await queryRunner.query(`ALTER TABLE "enrollment_status_events" DROP CONSTRAINT "FK_6d7f36fb6417f9a3cc6b89d17b1"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "FK_307813fe255896d6ebf3e6cd55c"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "FK_66dbba19e66e25c3814f80b6478"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "FK_46cbd5f5fcd422a898bfdf8aabb"`);
    await queryRunner.query(`ALTER TABLE "students" DROP CONSTRAINT "FK_fb3eff90b11bddf7285f9b4e281"`);
    await queryRunner.query(`ALTER TABLE "students" DROP CONSTRAINT "FK_2a7ac955ea573f8be71d736cef8"`);
    await queryRunner.query(`ALTER TABLE "cohort_instructors" DROP CONSTRAINT "FK_74782e7a22f4f4c771d28c7cc6d"`);
    await queryRunner.query(`ALTER TABLE "cohort_instructors" DROP CONSTRAINT "FK_95350ae0f1377aa05fc65fb5cb9"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "FK_d8e49c656a43855ec1b0f1ff1b5"`);
    await queryRunner.query(`ALTER TABLE "program_admins" DROP CONSTRAINT "FK_8375d7181db873e5034ed7d24d6"`);
    await queryRunner.query(`ALTER TABLE "program_admins" DROP CONSTRAINT "FK_da4619343817da2df21d4ec3f84"`);
    await queryRunner.query(`ALTER TABLE "program_requirements" DROP CONSTRAINT "FK_47500a57b0f15c80a51407f59c9"`);
    await queryRunner.query(`DROP INDEX "public"."login_attempts_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."login_attempts_ip_idx"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."enrollment_status_events_enrollment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enrollment_status_events_program_idx"`);
    await queryRunner.query(`DROP TABLE "enrollment_status_events"`);
    await queryRunner.query(`DROP TYPE "public"."reason_code"`);
    await queryRunner.query(`DROP TYPE "public"."enrollment_status"`);
    await queryRunner.query(`DROP INDEX "public"."enrollments_cohort_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enrollments_student_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enrollments_program_idx"`);
    await queryRunner.query(`DROP TABLE "enrollments"`);
    await queryRunner.query(`DROP INDEX "public"."students_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."students_program_idx"`);
    await queryRunner.query(`DROP TABLE "students"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_instructors_user_idx"`);
    await queryRunner.query(`DROP TABLE "cohort_instructors"`);
    await queryRunner.query(`DROP INDEX "public"."cohorts_program_idx"`);
    await queryRunner.query(`DROP TABLE "cohorts"`);
    await queryRunner.query(`DROP TABLE "program_admins"`);
    await queryRunner.query(`DROP INDEX "public"."program_requirements_program_idx"`);
    await queryRunner.query(`DROP TABLE "program_requirements"`);
    await queryRunner.query(`DROP TYPE "public"."practice_setting"`);
    await queryRunner.query(`DROP TYPE "public"."hour_component"`);
    await queryRunner.query(`DROP TABLE "programs"`);
    await queryRunner.query(`DROP TYPE "public"."program_level"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_program_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
