import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A clocked-in shift keeps the server-stamped start and end it was clocked with, so a reviewer can
 * see both times after an edit; moving such an entry's times needs a reason (edit_reason). Entries
 * logged by hand have no clocked times.
 */
export class ClockedTimes1796300500000 implements MigrationInterface {
  name = 'ClockedTimes1796300500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD "clocked_started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD "clocked_ended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD "edit_reason" text`);
    await queryRunner.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_clocked_pair" CHECK ((clocked_started_at IS NULL) = (clocked_ended_at IS NULL))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP CONSTRAINT "hour_entries_clocked_pair"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP COLUMN "edit_reason"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP COLUMN "clocked_ended_at"`);
    await queryRunner.query(`ALTER TABLE "hour_entries" DROP COLUMN "clocked_started_at"`);
  }
}
