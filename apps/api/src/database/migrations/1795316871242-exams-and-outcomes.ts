import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExamsAndOutcomes1795316871242 implements MigrationInterface {
  name = 'ExamsAndOutcomes1795316871242';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."credential_kind" AS ENUM('CPHT', 'STATE_REGISTRATION', 'STATE_LICENSE', 'STATE_TRAINEE_REGISTRATION')`);
    await queryRunner.query(`CREATE TABLE "exams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "name" character varying(120) NOT NULL, "body" character varying(60) NOT NULL, "min_score" integer, "max_score" integer, "pass_score" integer, "max_attempts" integer, "retake_wait_days" integer array NOT NULL DEFAULT '{}', "requires_credential" "public"."credential_kind", "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7ecd08a5f9e0d003a69791cf20b" UNIQUE ("code"), CONSTRAINT "exams_max_attempts" CHECK (max_attempts IS NULL OR max_attempts > 0), CONSTRAINT "exams_scale" CHECK ((min_score IS NULL AND max_score IS NULL AND pass_score IS NULL) OR (min_score < max_score AND pass_score BETWEEN min_score AND max_score)), CONSTRAINT "PK_b43159ee3efa440952794b4f53e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."exam_result" AS ENUM('SCHEDULED', 'PASSED', 'FAILED', 'NO_SHOW')`);
    await queryRunner.query(`CREATE TABLE "exam_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "exam_id" uuid NOT NULL, "attempt_number" integer NOT NULL, "taken_on" date NOT NULL, "result" "public"."exam_result" NOT NULL, "scaled_score" integer, "domain_scores" jsonb, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "exam_attempts_number_key" UNIQUE ("enrollment_id", "exam_id", "attempt_number", "taken_on"), CONSTRAINT "exam_attempts_score_result" CHECK (scaled_score IS NULL OR result IN ('PASSED', 'FAILED')), CONSTRAINT "exam_attempts_number" CHECK (attempt_number > 0), CONSTRAINT "PK_4eb6c7775e0a9c178ef7f4826f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "exam_attempts_program_idx" ON "exam_attempts" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "exam_attempts_enrollment_idx" ON "exam_attempts" ("enrollment_id", "exam_id") `);
    await queryRunner.query(`CREATE TABLE "credentials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "student_id" uuid NOT NULL, "kind" "public"."credential_kind" NOT NULL, "number" character varying(40) NOT NULL, "state" character(2), "issued_on" date NOT NULL, "expires_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credentials_dates" CHECK (expires_on IS NULL OR expires_on >= issued_on), CONSTRAINT "PK_1e38bc43be6697cdda548ad27a6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "credentials_program_idx" ON "credentials" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "credentials_student_idx" ON "credentials" ("student_id") `);
    await queryRunner.query(`CREATE TYPE "public"."employment_relation" AS ENUM('IN_FIELD', 'RELATED', 'UNRELATED')`);
    await queryRunner.query(`CREATE TABLE "employment_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "employer" character varying(120) NOT NULL, "job_title" character varying(120) NOT NULL, "relation" "public"."employment_relation" NOT NULL, "start_date" date NOT NULL, "verified_on" date, "verification_source" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "employment_records_verified" CHECK (verified_on IS NULL OR verification_source IS NOT NULL), CONSTRAINT "PK_12524bc9c212bc229148563915c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "employment_records_program_idx" ON "employment_records" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "employment_records_enrollment_idx" ON "employment_records" ("enrollment_id") `);
    await queryRunner.query(`CREATE TYPE "public"."outcome_marker_kind" AS ENUM('WAITING_FOR_EXAM', 'REFUSED_EMPLOYMENT', 'UNAVAILABLE')`);
    await queryRunner.query(`CREATE TYPE "public"."unavailability_reason" AS ENUM('HEALTH', 'MILITARY', 'INCARCERATION', 'CONTINUING_EDUCATION', 'DEATH', 'PREGNANCY', 'FAMILY_CARE')`);
    await queryRunner.query(`CREATE TABLE "outcome_markers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "kind" "public"."outcome_marker_kind" NOT NULL, "unavailability_reason" "public"."unavailability_reason", "documented_on" date NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outcome_markers_reason" CHECK ((kind = 'UNAVAILABLE') = (unavailability_reason IS NOT NULL)), CONSTRAINT "PK_e948454f151f0880ccc43a0eaa5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outcome_markers_program_idx" ON "outcome_markers" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "outcome_markers_enrollment_idx" ON "outcome_markers" ("enrollment_id") `);
    await queryRunner.query(`ALTER TABLE "exam_attempts" ADD CONSTRAINT "FK_ef4079b542818778e30de6895d0" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exam_attempts" ADD CONSTRAINT "FK_1621f2a98613dd71a083e49efe7" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exam_attempts" ADD CONSTRAINT "FK_cccf5df8532bd51cf017f4a30a6" FOREIGN KEY ("exam_id") REFERENCES "exams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exam_attempts" ADD CONSTRAINT "FK_96c63bef63178d5bf62b5b16f3b" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "credentials" ADD CONSTRAINT "FK_52fccdcda6bd2200286c6e82b38" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "credentials" ADD CONSTRAINT "FK_ba3db63bbdc0d2623ceb1503aa6" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employment_records" ADD CONSTRAINT "FK_df81bf5663aa7e0c8a6f9e46ba7" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employment_records" ADD CONSTRAINT "FK_4f01f8231a8ff337f0487b65ece" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outcome_markers" ADD CONSTRAINT "FK_4d6664e250bd753fd2acec0982a" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outcome_markers" ADD CONSTRAINT "FK_2150d360ea2e36da44959e33c2f" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);    // Reference data: the certification exams (docs/design.md §2). Admins can add and edit exams later.
    await queryRunner.query(`INSERT INTO exams (code, name, body, min_score, max_score, pass_score, max_attempts, retake_wait_days, requires_credential) VALUES
      ('PTCE', 'Pharmacy Technician Certification Exam', 'PTCB', 1000, 1600, 1400, 4, '{60,60,180}', NULL),
      ('ExCPT', 'Exam for the Certification of Pharmacy Technicians', 'NHA', 200, 500, 390, NULL, '{30,30,365}', NULL),
      ('CSPT', 'Compounded Sterile Preparation Technician Exam', 'PTCB', NULL, NULL, NULL, NULL, '{}', 'CPHT')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outcome_markers" DROP CONSTRAINT "FK_2150d360ea2e36da44959e33c2f"`);
    await queryRunner.query(`ALTER TABLE "outcome_markers" DROP CONSTRAINT "FK_4d6664e250bd753fd2acec0982a"`);
    await queryRunner.query(`ALTER TABLE "employment_records" DROP CONSTRAINT "FK_4f01f8231a8ff337f0487b65ece"`);
    await queryRunner.query(`ALTER TABLE "employment_records" DROP CONSTRAINT "FK_df81bf5663aa7e0c8a6f9e46ba7"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP CONSTRAINT "FK_ba3db63bbdc0d2623ceb1503aa6"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP CONSTRAINT "FK_52fccdcda6bd2200286c6e82b38"`);
    await queryRunner.query(`ALTER TABLE "exam_attempts" DROP CONSTRAINT "FK_96c63bef63178d5bf62b5b16f3b"`);
    await queryRunner.query(`ALTER TABLE "exam_attempts" DROP CONSTRAINT "FK_cccf5df8532bd51cf017f4a30a6"`);
    await queryRunner.query(`ALTER TABLE "exam_attempts" DROP CONSTRAINT "FK_1621f2a98613dd71a083e49efe7"`);
    await queryRunner.query(`ALTER TABLE "exam_attempts" DROP CONSTRAINT "FK_ef4079b542818778e30de6895d0"`);
    await queryRunner.query(`DROP INDEX "public"."outcome_markers_enrollment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outcome_markers_program_idx"`);
    await queryRunner.query(`DROP TABLE "outcome_markers"`);
    await queryRunner.query(`DROP TYPE "public"."unavailability_reason"`);
    await queryRunner.query(`DROP TYPE "public"."outcome_marker_kind"`);
    await queryRunner.query(`DROP INDEX "public"."employment_records_enrollment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."employment_records_program_idx"`);
    await queryRunner.query(`DROP TABLE "employment_records"`);
    await queryRunner.query(`DROP TYPE "public"."employment_relation"`);
    await queryRunner.query(`DROP INDEX "public"."credentials_student_idx"`);
    await queryRunner.query(`DROP INDEX "public"."credentials_program_idx"`);
    await queryRunner.query(`DROP TABLE "credentials"`);
    await queryRunner.query(`DROP INDEX "public"."exam_attempts_enrollment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."exam_attempts_program_idx"`);
    await queryRunner.query(`DROP TABLE "exam_attempts"`);
    await queryRunner.query(`DROP TYPE "public"."exam_result"`);
    await queryRunner.query(`DROP TABLE "exams"`);
    await queryRunner.query(`DROP TYPE "public"."credential_kind"`);
  }
}
