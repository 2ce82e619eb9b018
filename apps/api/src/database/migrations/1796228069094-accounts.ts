import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1796228069094 implements MigrationInterface {
  name = 'Accounts1796228069094';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ebdd918653813b59cdd5d379b5b" UNIQUE ("token_hash"), CONSTRAINT "user_tokens_kind" CHECK (kind IN ('INVITATION', 'PASSWORD_RESET')), CONSTRAINT "PK_63764db9d9aaa4af33e07b2f4bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "user_tokens_user_idx" ON "user_tokens" ("user_id", "kind") `);
    await queryRunner.query(`CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "token_hash" character(64) NOT NULL, "prefix" character varying(16) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_bbd687a104e1921e6702c6e3aad" UNIQUE ("token_hash"), CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "api_tokens_user_idx" ON "api_tokens" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "sso_logins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" character(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "nonce" character varying(128) NOT NULL, "return_to" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_242df3f349a72a78f497adc23f0" UNIQUE ("state_hash"), CONSTRAINT "PK_236d02c8788cf5f22b311ac773c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "outbound_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(254) NOT NULL, "subject" character varying(200) NOT NULL, "text_body" text NOT NULL, "kind" character varying(40) NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "delivered_to" character varying(500), CONSTRAINT "PK_d07cd54ab4e5dd921ff509203ae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outbound_emails_pending_idx" ON "outbound_emails" ("created_at") WHERE sent_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "users" ADD "activated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
    // Accounts that existed before invitations had a password set by whoever created them: active.
    await queryRunner.query(`UPDATE "users" SET "activated_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "user_tokens" ADD CONSTRAINT "FK_9e144a67be49e5bba91195ef5de" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"`);
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "FK_9e144a67be49e5bba91195ef5de"`);
    // An invited account without a password keeps an unusable hash (argon2 never verifies '!').
    await queryRunner.query(`UPDATE "users" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_sign_in_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "activated_at"`);
    await queryRunner.query(`DROP INDEX "public"."outbound_emails_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbound_emails"`);
    await queryRunner.query(`DROP TABLE "sso_logins"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_user_idx"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."user_tokens_user_idx"`);
    await queryRunner.query(`DROP TABLE "user_tokens"`);
  }
}
