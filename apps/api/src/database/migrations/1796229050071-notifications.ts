import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796229050071 implements MigrationInterface {
  name = 'Notifications1796229050071';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('HOURS_SENT_BACK', 'HOURS_REJECTED', 'HOURS_REOPENED', 'HOURS_WAITING', 'PLACEMENT_CREATED', 'COMPLIANCE_REMINDER', 'DOCUMENT_REJECTED', 'COHORT_COMPLIANCE', 'AGREEMENT_EXPIRING', 'LICENSE_EXPIRING', 'EXAM_RETAKE_OPEN')`);
    await queryRunner.query(`CREATE TYPE "public"."digest_cadence" AS ENUM('DAILY', 'WEEKLY')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_email_status" AS ENUM('NONE', 'PENDING', 'QUEUED', 'SENT')`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "item_count" integer NOT NULL DEFAULT '1', "digest" "public"."digest_cadence", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "email_status" "public"."notification_email_status" NOT NULL DEFAULT 'PENDING', "email_id" uuid, "emailed_at" TIMESTAMP WITH TIME ZONE, "dedupe_key" character varying(200), "group_key" character varying(200), CONSTRAINT "notifications_item_count" CHECK (item_count > 0), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_program_idx" ON "notifications" ("program_id") `);
    await queryRunner.query(`CREATE INDEX "notifications_email_idx" ON "notifications" ("email_id") WHERE email_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_email_pending_idx" ON "notifications" ("created_at") WHERE email_status = 'PENDING'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_open_group_key" ON "notifications" ("recipient_id", "group_key") WHERE email_status = 'PENDING' AND group_key IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" ("recipient_id", "dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications" ("recipient_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_inbox_idx" ON "notifications" ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "digest_hour" smallint NOT NULL DEFAULT '7', "email_off" character varying(40) array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_preferences_digest_hour" CHECK (digest_hour BETWEEN 0 AND 23), CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_8bf7441fa08182aa0f713416a3d" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_c93e8b37977cd4fe1aecef092c8" FOREIGN KEY ("email_id") REFERENCES "outbound_emails"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_c93e8b37977cd4fe1aecef092c8"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_8bf7441fa08182aa0f713416a3d"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_inbox_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_dedupe_key"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_open_group_key"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_email_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_program_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_email_status"`);
    await queryRunner.query(`DROP TYPE "public"."digest_cadence"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
