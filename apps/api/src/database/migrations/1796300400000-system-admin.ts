import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * System administrators: the accounts that may edit the reference data every program shares (exams,
 * the competency library). An existing installation keeps one: its first director.
 */
export class SystemAdmin1796300400000 implements MigrationInterface {
  name = 'SystemAdmin1796300400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "is_system_admin" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "users" SET "is_system_admin" = true WHERE "id" = (SELECT "id" FROM "users" WHERE "role" = 'ADMIN' AND "disabled_at" IS NULL ORDER BY "created_at", "id" LIMIT 1)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "is_system_admin"`);
  }
}
