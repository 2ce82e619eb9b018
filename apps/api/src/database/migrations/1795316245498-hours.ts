import { MigrationInterface, QueryRunner } from 'typeorm';

export class Hours1795316245498 implements MigrationInterface {
  name = 'Hours1795316245498';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gist: the overlap exclusion constraint compares uuids with = inside a GiST index.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "sites" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "address" character varying(300) NOT NULL, "setting" "public"."practice_setting" NOT NULL, "capacity" integer NOT NULL, "agreement_start_date" date NOT NULL, "agreement_end_date" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sites_program_name_key" UNIQUE ("program_id", "name"), CONSTRAINT "sites_agreement_dates" CHECK (agreement_end_date >= agreement_start_date), CONSTRAINT "sites_capacity_positive" CHECK (capacity > 0), CONSTRAINT "PK_4f5eccb1dfde10c9170502595a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sites_program_idx" ON "sites" ("program_id") `);
    await queryRunner.query(`CREATE TABLE "preceptors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "site_id" uuid NOT NULL, "user_id" uuid NOT NULL, "license_number" character varying(40) NOT NULL, "license_expires_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "preceptors_site_user_key" UNIQUE ("site_id", "user_id"), CONSTRAINT "PK_4a15e59e8abd15fa99b3fd65300" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "preceptors_program_idx" ON "preceptors" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "preceptors_site_idx" ON "preceptors" ("site_id") `);
    await queryRunner.query(`CREATE INDEX "preceptors_user_idx" ON "preceptors" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "site_id" uuid NOT NULL, "preceptor_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "planned_hours" numeric(7,2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placements_planned_hours" CHECK (planned_hours > 0), CONSTRAINT "placements_dates" CHECK (end_date >= start_date), CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "placements_program_idx" ON "placements" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "placements_enrollment_idx" ON "placements" ("enrollment_id") `);
    await queryRunner.query(`CREATE INDEX "placements_preceptor_idx" ON "placements" ("preceptor_id") `);
    await queryRunner.query(`CREATE INDEX "placements_site_dates_idx" ON "placements" ("site_id", "start_date", "end_date") `);
    await queryRunner.query(`CREATE TYPE "public"."hour_entry_status" AS ENUM('SUBMITTED', 'APPROVED', 'NEEDS_INFO', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "hour_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "placement_id" uuid, "component" "public"."hour_component" NOT NULL, "setting" "public"."practice_setting", "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE NOT NULL, "minutes" integer NOT NULL, "activity_note" text NOT NULL, "status" "public"."hour_entry_status" NOT NULL DEFAULT 'SUBMITTED', "review_comment" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "logged_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "hour_entries_reason" CHECK (status <> 'REJECTED' OR review_comment IS NOT NULL), CONSTRAINT "hour_entries_experiential_placement" CHECK (component <> 'EXPERIENTIAL' OR placement_id IS NOT NULL), CONSTRAINT "hour_entries_minutes" CHECK (minutes = floor(extract(epoch FROM ended_at - started_at) / 60)::int AND minutes > 0), CONSTRAINT "hour_entries_max_16h" CHECK (ended_at - started_at <= interval '16 hours'), CONSTRAINT "hour_entries_end_after_start" CHECK (ended_at > started_at), CONSTRAINT "hour_entries_no_overlap" EXCLUDE USING gist ("enrollment_id" WITH =, tstzrange("started_at", "ended_at") WITH &&) WHERE (status <> 'REJECTED'), CONSTRAINT "PK_e580a417f72a39c9ebf08a070b0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "hour_entries_program_idx" ON "hour_entries" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "hour_entries_placement_idx" ON "hour_entries" ("placement_id") `);
    await queryRunner.query(`CREATE INDEX "hour_entries_review_queue_idx" ON "hour_entries" ("status", "started_at") `);
    await queryRunner.query(`CREATE INDEX "hour_entries_enrollment_status_idx" ON "hour_entries" ("enrollment_id", "status") `);
    await queryRunner.query(`CREATE TABLE "clock_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_bfc6a3dc02c4fef74edbef268eb" UNIQUE ("enrollment_id"), CONSTRAINT "PK_c5be5213d2d939649579fcae560" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "sites" ADD CONSTRAINT "FK_e02358e77afe83fc2a1db7b7ee1" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "preceptors" ADD CONSTRAINT "FK_466fcccd342472df79886354bf4" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "preceptors" ADD CONSTRAINT "FK_82148608336160b1df989b64c66" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "preceptors" ADD CONSTRAINT "FK_43d31311c09cbaeac198842590f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "FK_9d300c9eb50b159a9465a23319b" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "FK_c25aae41187c8b5b158a453e449" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "FK_619d41ba4bb3dda05a4869a1d6a" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "FK_1043679a32d739c34fe3910661d" FOREIGN KEY ("preceptor_id") REFERENCES "preceptors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "FK_c1504c4f10ed2aefcde7a121780" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "FK_72f0ece2f0872a1634599998ed1" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "FK_df22f3a357c3ba70e972df174c6" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "FK_f2df8cd221288e98114eb24e23f" FOREIGN KEY ("reviewed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "FK_f4700d28368cb7d2f323ca454bb" FOREIGN KEY ("logged_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clock_ins" ADD CONSTRAINT "FK_d9cfe2b6f83e740ff266ec96c19" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clock_ins" ADD CONSTRAINT "FK_bfc6a3dc02c4fef74edbef268eb" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clock_ins" ADD CONSTRAINT "FK_5895612121d34f1f12b49193c94" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Hand-written: the progress aggregate reads only this index (index-only scan per enrollment).
    await queryRunner.query(`CREATE INDEX "hour_entries_progress_idx" ON "hour_entries" ("enrollment_id") INCLUDE ("status", "component", "setting", "placement_id", "minutes", "started_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."hour_entries_progress_idx"`);
    await queryRunner.query(`ALTER TABLE "clock_ins" DROP CONSTRAINT "FK_5895612121d34f1f12b49193c94"`);
    await queryRunner.query(`ALTER TABLE "clock_ins" DROP CONSTRAINT "FK_bfc6a3dc02c4fef74edbef268eb"`);
    await queryRunner.query(`ALTER TABLE "clock_ins" DROP CONSTRAINT "FK_d9cfe2b6f83e740ff266ec96c19"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "FK_f4700d28368cb7d2f323ca454bb"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "FK_f2df8cd221288e98114eb24e23f"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "FK_df22f3a357c3ba70e972df174c6"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "FK_72f0ece2f0872a1634599998ed1"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "FK_c1504c4f10ed2aefcde7a121780"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_1043679a32d739c34fe3910661d"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_619d41ba4bb3dda05a4869a1d6a"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_c25aae41187c8b5b158a453e449"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_9d300c9eb50b159a9465a23319b"`);
    await queryRunner.query(`ALTER TABLE "preceptors" DROP CONSTRAINT "FK_43d31311c09cbaeac198842590f"`);
    await queryRunner.query(`ALTER TABLE "preceptors" DROP CONSTRAINT "FK_82148608336160b1df989b64c66"`);
    await queryRunner.query(`ALTER TABLE "preceptors" DROP CONSTRAINT "FK_466fcccd342472df79886354bf4"`);
    await queryRunner.query(`ALTER TABLE "sites" DROP CONSTRAINT "FK_e02358e77afe83fc2a1db7b7ee1"`);
    await queryRunner.query(`DROP TABLE "clock_ins"`);
    await queryRunner.query(`DROP INDEX "public"."hour_entries_enrollment_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hour_entries_review_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hour_entries_placement_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hour_entries_program_idx"`);
    await queryRunner.query(`DROP TABLE "hour_entries"`);
    await queryRunner.query(`DROP TYPE "public"."hour_entry_status"`);
    await queryRunner.query(`DROP INDEX "public"."placements_site_dates_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placements_preceptor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placements_enrollment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placements_program_idx"`);
    await queryRunner.query(`DROP TABLE "placements"`);
    await queryRunner.query(`DROP INDEX "public"."preceptors_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."preceptors_site_idx"`);
    await queryRunner.query(`DROP INDEX "public"."preceptors_program_idx"`);
    await queryRunner.query(`DROP TABLE "preceptors"`);
    await queryRunner.query(`DROP INDEX "public"."sites_program_idx"`);
    await queryRunner.query(`DROP TABLE "sites"`);
  }
}
