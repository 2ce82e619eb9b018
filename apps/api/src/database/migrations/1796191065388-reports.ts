import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports (issue 5): saved report snapshots, the disclosure log of exports, and each program's
 * outcome benchmarks. Generated from the entities, plus by hand: snapshots and disclosure events are
 * append-only (what was submitted and what was disclosed cannot be rewritten).
 */
export class Reports1796191065388 implements MigrationInterface {
  name = 'Reports1796191065388';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_ids" uuid array NOT NULL, "program_names" text array NOT NULL, "cohort_id" uuid, "cohort_code" character varying(40), "cohort_ids" uuid array, "period_start" date NOT NULL, "period_end" date NOT NULL, "title" character varying(200) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "data" jsonb NOT NULL, CONSTRAINT "report_snapshots_period" CHECK (period_end >= period_start), CONSTRAINT "PK_b72010989c40cd0883ed90f674a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "report_snapshots_created_idx" ON "report_snapshots" ("created_at") `);
    await queryRunner.query(`CREATE TABLE "disclosure_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "description" text NOT NULL, "purpose" text, "student_count" integer NOT NULL, "program_ids" uuid array NOT NULL, "report_input" jsonb NOT NULL, "snapshot_id" uuid, "request_id" character varying(64), CONSTRAINT "PK_bd7ce01a211b780c0e7e429d832" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "disclosure_events_at_idx" ON "disclosure_events" ("at") `);
    await queryRunner.query(`ALTER TABLE "programs" ADD "benchmark_abhes_retention" numeric(5,4) NOT NULL DEFAULT '0.7'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "benchmark_abhes_placement" numeric(5,4) NOT NULL DEFAULT '0.7'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "benchmark_coe_completion" numeric(5,4) NOT NULL DEFAULT '0.6'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "benchmark_coe_placement" numeric(5,4) NOT NULL DEFAULT '0.7'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "benchmark_coe_licensure" numeric(5,4) NOT NULL DEFAULT '0.7'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "benchmark_exam_pass" numeric(5,4) NOT NULL DEFAULT '0.7'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD CONSTRAINT "programs_benchmarks_fractions" CHECK (benchmark_abhes_retention BETWEEN 0 AND 1 AND benchmark_abhes_placement BETWEEN 0 AND 1 AND benchmark_coe_completion BETWEEN 0 AND 1 AND benchmark_coe_placement BETWEEN 0 AND 1 AND benchmark_coe_licensure BETWEEN 0 AND 1 AND benchmark_exam_pass BETWEEN 0 AND 1)`);
    await queryRunner.query(`ALTER TABLE "report_snapshots" ADD CONSTRAINT "FK_4a6b47e28797379dff8bb80f56d" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_snapshots" ADD CONSTRAINT "FK_0de859b003f311f9e12738f01c9" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "disclosure_events" ADD CONSTRAINT "FK_53abc56539cd1121fa38daf4715" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "disclosure_events" ADD CONSTRAINT "FK_2e516341a352ad9e80d1fe7632f" FOREIGN KEY ("snapshot_id") REFERENCES "report_snapshots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TRIGGER report_snapshots_append_only BEFORE UPDATE OR DELETE ON "report_snapshots" FOR EACH ROW EXECUTE FUNCTION ptp_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER disclosure_events_append_only BEFORE UPDATE OR DELETE ON "disclosure_events" FOR EACH ROW EXECUTE FUNCTION ptp_refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER disclosure_events_append_only ON "disclosure_events"`);
    await queryRunner.query(`DROP TRIGGER report_snapshots_append_only ON "report_snapshots"`);
    await queryRunner.query(`ALTER TABLE "disclosure_events" DROP CONSTRAINT "FK_2e516341a352ad9e80d1fe7632f"`);
    await queryRunner.query(`ALTER TABLE "disclosure_events" DROP CONSTRAINT "FK_53abc56539cd1121fa38daf4715"`);
    await queryRunner.query(`ALTER TABLE "report_snapshots" DROP CONSTRAINT "FK_0de859b003f311f9e12738f01c9"`);
    await queryRunner.query(`ALTER TABLE "report_snapshots" DROP CONSTRAINT "FK_4a6b47e28797379dff8bb80f56d"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_benchmarks_fractions"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "benchmark_exam_pass"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "benchmark_coe_licensure"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "benchmark_coe_placement"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "benchmark_coe_completion"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "benchmark_abhes_placement"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "benchmark_abhes_retention"`);
    await queryRunner.query(`DROP INDEX "public"."disclosure_events_at_idx"`);
    await queryRunner.query(`DROP TABLE "disclosure_events"`);
    await queryRunner.query(`DROP INDEX "public"."report_snapshots_created_idx"`);
    await queryRunner.query(`DROP TABLE "report_snapshots"`);
  }
}
