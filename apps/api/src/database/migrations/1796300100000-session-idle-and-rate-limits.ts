import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions remember their last request (idle timeout); REST sign-in routes get a per-address rate limit. */
export class SessionIdleAndRateLimits1796300100000 implements MigrationInterface {
  name = 'SessionIdleAndRateLimits1796300100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE TABLE "rate_limit_hits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bucket" character varying(40) NOT NULL, "key" character varying(64) NOT NULL, "hit_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08be639360a0628bcd172fb544c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "rate_limit_hits_key_idx" ON "rate_limit_hits" ("bucket", "key", "hit_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rate_limit_hits_key_idx"`);
    await queryRunner.query(`DROP TABLE "rate_limit_hits"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "last_seen_at"`);
  }
}
