import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The training plan: which of the program's competencies each rotation (placement) is to cover.
 * Compared with the sign-offs and the hours logged on the student's training plan.
 */
export class TrainingPlan1796300700000 implements MigrationInterface {
  name = 'TrainingPlan1796300700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "placement_competencies" (
      "placement_id" uuid NOT NULL,
      "competency_id" uuid NOT NULL,
      CONSTRAINT "placement_competencies_pkey" PRIMARY KEY ("placement_id", "competency_id"),
      CONSTRAINT "placement_competencies_placement_fkey" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE,
      CONSTRAINT "placement_competencies_competency_fkey" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT)`);
    await queryRunner.query(`CREATE INDEX "placement_competencies_competency_idx" ON "placement_competencies" ("competency_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "placement_competencies"`);
  }
}
