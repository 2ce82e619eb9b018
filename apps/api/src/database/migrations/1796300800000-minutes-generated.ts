import { MigrationInterface, QueryRunner } from 'typeorm';

const MINUTES = `floor(extract(epoch FROM ended_at - started_at) / 60)::integer`;

/**
 * An hour entry's minutes become a generated column: the database derives them from the start and
 * end, so no write path computes them (docs/design.md §3.3). The totals trigger now fires on the
 * instants (a generated column is never a SET target). TypeORM keeps a generated column's expression
 * in `typeorm_metadata`, which the entity/migration drift check reads.
 */
export class MinutesGenerated1796300800000 implements MigrationInterface {
  name = 'MinutesGenerated1796300800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.replaceColumn(queryRunner, `integer GENERATED ALWAYS AS (${MINUTES}) STORED NOT NULL`, 'started_at, ended_at', `minutes > 0`);
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("type", "database", "schema", "table", "name", "value") VALUES ('GENERATED_COLUMN', current_database(), 'public', 'hour_entries', 'minutes', $1)`,
      [MINUTES],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'hour_entries' AND "name" = 'minutes'`);
    await this.replaceColumn(queryRunner, 'integer', 'minutes', `minutes = ${MINUTES} AND minutes > 0`, true);
  }

  /** Drops and re-adds `minutes` with the trigger, index and check that depend on it. */
  private async replaceColumn(q: QueryRunner, type: string, triggerColumns: string, check: string, fill = false): Promise<void> {
    await q.query(`DROP TRIGGER hour_entries_totals ON "hour_entries"`);
    await q.query(`ALTER TABLE "hour_entries" DROP COLUMN "minutes"`);
    await q.query(`ALTER TABLE "hour_entries" ADD "minutes" ${fill ? 'integer' : type}`);
    if (fill) {
      await q.query(`UPDATE "hour_entries" SET minutes = ${MINUTES}`);
      await q.query(`ALTER TABLE "hour_entries" ALTER COLUMN "minutes" SET NOT NULL`);
    }
    await q.query(`ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_minutes" CHECK (${check})`);
    await q.query(`CREATE INDEX "hour_entries_recent_idx" ON "hour_entries" ("enrollment_id", "started_at") INCLUDE ("status", "minutes")`);
    await q.query(`CREATE TRIGGER hour_entries_totals AFTER INSERT OR UPDATE OF status, ${triggerColumns}, component, setting, placement_id, enrollment_id OR DELETE
      ON "hour_entries" FOR EACH ROW EXECUTE FUNCTION ptp_maintain_hour_totals()`);
  }
}
