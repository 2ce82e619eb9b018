import { MigrationInterface, QueryRunner } from 'typeorm';

export class Compliance1795317237654 implements MigrationInterface {
  name = 'Compliance1795317237654';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."validity_kind" AS ENUM('ONE_TIME', 'MONTHS', 'ANNUAL')`);
    await queryRunner.query(`CREATE TABLE "compliance_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "validity" "public"."validity_kind" NOT NULL, "validity_months" integer, "active" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "compliance_items_program_code_key" UNIQUE ("program_id", "code"), CONSTRAINT "compliance_items_months" CHECK ((validity = 'MONTHS') = (validity_months IS NOT NULL) AND (validity_months IS NULL OR validity_months > 0)), CONSTRAINT "PK_6e666cdbd7eff201e9878b988ff" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "compliance_items_program_idx" ON "compliance_items" ("program_id") `);
    await queryRunner.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "storage_key" character varying(100) NOT NULL, "original_name" character varying(255) NOT NULL, "content_type" character varying(60) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c0acf262e5848697810c8e9f732" UNIQUE ("storage_key"), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "documents_program_idx" ON "documents" ("program_id") `);
    await queryRunner.query(`CREATE TYPE "public"."compliance_review_status" AS ENUM('PENDING', 'VERIFIED', 'REJECTED', 'WAIVED')`);
    await queryRunner.query(`CREATE TABLE "compliance_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "item_id" uuid NOT NULL, "completed_on" date NOT NULL, "expires_on" date, "status" "public"."compliance_review_status" NOT NULL DEFAULT 'PENDING', "review_reason" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "document_id" uuid, "submitted_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "compliance_records_reason" CHECK (status NOT IN ('REJECTED', 'WAIVED') OR review_reason IS NOT NULL), CONSTRAINT "compliance_records_dates" CHECK (expires_on IS NULL OR expires_on >= completed_on), CONSTRAINT "PK_14e115ea1d75a3d7f312f6e2cd3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "compliance_records_program_idx" ON "compliance_records" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "compliance_records_queue_idx" ON "compliance_records" ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "compliance_records_enrollment_idx" ON "compliance_records" ("enrollment_id", "item_id") `);
    await queryRunner.query(`CREATE TABLE "reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "item_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "expires_on" date, "due_on" date NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reminders_once_key" UNIQUE ("enrollment_id", "item_id", "kind", "expires_on"), CONSTRAINT "PK_38715fec7f634b72c6cf7ea4893" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "reminders_program_idx" ON "reminders" ("program_id") `);
    await queryRunner.query(`CREATE TYPE "public"."expired_compliance_policy" AS ENUM('BLOCK', 'FLAG')`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "expired_compliance_policy" "public"."expired_compliance_policy" NOT NULL DEFAULT 'BLOCK'`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD "compliance_flag" text`);
    await queryRunner.query(`ALTER TABLE "compliance_items" ADD CONSTRAINT "FK_b74458e6e20dadeefe2dfc01df8" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "FK_bd7513f51130bef2c785c0e4d70" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "FK_c9ad19a636e2fc1f3a49f6984a1" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "FK_b9e28779ec77ff2223e2da41f6d" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "compliance_records" ADD CONSTRAINT "FK_839b075d2543d454caea081d9c9" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "compliance_records" ADD CONSTRAINT "FK_fd09c1c6eb8414d92d3271fe025" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "compliance_records" ADD CONSTRAINT "FK_a705c20528dba30c0809f18e217" FOREIGN KEY ("item_id") REFERENCES "compliance_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "compliance_records" ADD CONSTRAINT "FK_30f8624763bfed23e753bde9a40" FOREIGN KEY ("reviewed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "compliance_records" ADD CONSTRAINT "FK_aa2fdf8e201ea9025fe6e7e180d" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "compliance_records" ADD CONSTRAINT "FK_a9cd712e4b2074797f2f2378c59" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reminders" ADD CONSTRAINT "FK_b5c8cb7e8d9e283a800fc6a31ca" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reminders" ADD CONSTRAINT "FK_c844f34afdafee7476bea4d8533" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reminders" ADD CONSTRAINT "FK_afd3765a518b652258661cf982c" FOREIGN KEY ("item_id") REFERENCES "compliance_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminders" DROP CONSTRAINT "FK_afd3765a518b652258661cf982c"`);
    await queryRunner.query(`ALTER TABLE "reminders" DROP CONSTRAINT "FK_c844f34afdafee7476bea4d8533"`);
    await queryRunner.query(`ALTER TABLE "reminders" DROP CONSTRAINT "FK_b5c8cb7e8d9e283a800fc6a31ca"`);
    await queryRunner.query(`ALTER TABLE "compliance_records" DROP CONSTRAINT "FK_a9cd712e4b2074797f2f2378c59"`);
    await queryRunner.query(`ALTER TABLE "compliance_records" DROP CONSTRAINT "FK_aa2fdf8e201ea9025fe6e7e180d"`);
    await queryRunner.query(`ALTER TABLE "compliance_records" DROP CONSTRAINT "FK_30f8624763bfed23e753bde9a40"`);
    await queryRunner.query(`ALTER TABLE "compliance_records" DROP CONSTRAINT "FK_a705c20528dba30c0809f18e217"`);
    await queryRunner.query(`ALTER TABLE "compliance_records" DROP CONSTRAINT "FK_fd09c1c6eb8414d92d3271fe025"`);
    await queryRunner.query(`ALTER TABLE "compliance_records" DROP CONSTRAINT "FK_839b075d2543d454caea081d9c9"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_b9e28779ec77ff2223e2da41f6d"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_c9ad19a636e2fc1f3a49f6984a1"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_bd7513f51130bef2c785c0e4d70"`);
    await queryRunner.query(`ALTER TABLE "compliance_items" DROP CONSTRAINT "FK_b74458e6e20dadeefe2dfc01df8"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP COLUMN "compliance_flag"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "expired_compliance_policy"`);
    await queryRunner.query(`DROP TYPE "public"."expired_compliance_policy"`);
    await queryRunner.query(`DROP INDEX "public"."reminders_program_idx"`);
    await queryRunner.query(`DROP TABLE "reminders"`);
    await queryRunner.query(`DROP INDEX "public"."compliance_records_enrollment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."compliance_records_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."compliance_records_program_idx"`);
    await queryRunner.query(`DROP TABLE "compliance_records"`);
    await queryRunner.query(`DROP TYPE "public"."compliance_review_status"`);
    await queryRunner.query(`DROP INDEX "public"."documents_program_idx"`);
    await queryRunner.query(`DROP TABLE "documents"`);
    await queryRunner.query(`DROP INDEX "public"."compliance_items_program_idx"`);
    await queryRunner.query(`DROP TABLE "compliance_items"`);
    await queryRunner.query(`DROP TYPE "public"."validity_kind"`);
  }
}
