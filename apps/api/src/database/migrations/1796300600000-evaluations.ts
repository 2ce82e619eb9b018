import { MigrationInterface, QueryRunner } from 'typeorm';
import { insertDefaultEvaluationForms } from '../../modules/evaluation/default-forms';

/**
 * Evaluations (docs/evaluations.md): forms as data per program (sections of rated items), a
 * preceptor's midterm and final evaluation of a placed student and the student's evaluation of the
 * site. A submitted evaluation is locked by a trigger: its answers and content cannot change, only
 * the student's acknowledgement can be added. Every existing program gets the default forms.
 */
export class Evaluations1796300600000 implements MigrationInterface {
  name = 'Evaluations1796300600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "notification_kind" ADD VALUE IF NOT EXISTS 'EVALUATION_SUBMITTED'`);
    await queryRunner.query(`ALTER TYPE "notification_kind" ADD VALUE IF NOT EXISTS 'EVALUATION_OVERDUE'`);
    await queryRunner.query(`CREATE TABLE "evaluation_forms" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "program_id" uuid NOT NULL,
      "kind" character varying(10) NOT NULL,
      "title" character varying(200) NOT NULL,
      "scale" character varying(12) NOT NULL,
      "comment_below" integer NOT NULL,
      "active" boolean NOT NULL DEFAULT true,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "evaluation_forms_kind" CHECK (kind IN ('PRECEPTOR', 'SITE')),
      CONSTRAINT "evaluation_forms_scale" CHECK (scale IN ('FIVE_POINT', 'MEETS')),
      CONSTRAINT "evaluation_forms_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "evaluation_forms_program_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "evaluation_forms_active_key" ON "evaluation_forms" ("program_id", "kind") WHERE active`);
    await queryRunner.query(`CREATE TABLE "evaluation_form_items" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "form_id" uuid NOT NULL,
      "section" character varying(120) NOT NULL,
      "sort_order" integer NOT NULL,
      "prompt" character varying(300) NOT NULL,
      "competency_code" character varying(10),
      CONSTRAINT "evaluation_form_items_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "evaluation_form_items_form_fkey" FOREIGN KEY ("form_id") REFERENCES "evaluation_forms"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "evaluation_form_items_form_idx" ON "evaluation_form_items" ("form_id", "sort_order")`);
    await queryRunner.query(`CREATE TABLE "evaluations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "program_id" uuid NOT NULL,
      "enrollment_id" uuid NOT NULL,
      "placement_id" uuid NOT NULL,
      "form_id" uuid NOT NULL,
      "kind" character varying(10) NOT NULL,
      "evaluator_id" uuid NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'DRAFT',
      "comment" text,
      "submitted_at" TIMESTAMP WITH TIME ZONE,
      "acknowledged_at" TIMESTAMP WITH TIME ZONE,
      "acknowledgement_comment" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "evaluations_kind" CHECK (kind IN ('MIDTERM', 'FINAL', 'SITE')),
      CONSTRAINT "evaluations_status" CHECK (status IN ('DRAFT', 'SUBMITTED')),
      CONSTRAINT "evaluations_submitted" CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL)),
      CONSTRAINT "evaluations_acknowledged" CHECK (acknowledged_at IS NULL OR (status = 'SUBMITTED' AND kind <> 'SITE')),
      CONSTRAINT "evaluations_once_key" UNIQUE ("placement_id", "kind"),
      CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "evaluations_program_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT,
      CONSTRAINT "evaluations_enrollment_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT,
      CONSTRAINT "evaluations_placement_fkey" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE RESTRICT,
      CONSTRAINT "evaluations_form_fkey" FOREIGN KEY ("form_id") REFERENCES "evaluation_forms"("id") ON DELETE RESTRICT,
      CONSTRAINT "evaluations_evaluator_fkey" FOREIGN KEY ("evaluator_id") REFERENCES "users"("id") ON DELETE RESTRICT)`);
    await queryRunner.query(`CREATE INDEX "evaluations_enrollment_idx" ON "evaluations" ("enrollment_id")`);
    await queryRunner.query(`CREATE INDEX "evaluations_program_idx" ON "evaluations" ("program_id")`);
    await queryRunner.query(`CREATE TABLE "evaluation_answers" (
      "evaluation_id" uuid NOT NULL,
      "item_id" uuid NOT NULL,
      "rating" smallint,
      "comment" text,
      CONSTRAINT "evaluation_answers_pkey" PRIMARY KEY ("evaluation_id", "item_id"),
      CONSTRAINT "evaluation_answers_evaluation_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE,
      CONSTRAINT "evaluation_answers_item_fkey" FOREIGN KEY ("item_id") REFERENCES "evaluation_form_items"("id") ON DELETE RESTRICT)`);
    await queryRunner.query(`CREATE INDEX "evaluation_answers_item_idx" ON "evaluation_answers" ("item_id")`);
    // Submitted means locked: only the acknowledgement may still be written.
    await queryRunner.query(`CREATE FUNCTION ptp_evaluation_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'evaluations' THEN
          IF OLD.status = 'SUBMITTED' AND (TG_OP = 'DELETE' OR ROW(NEW.status, NEW.comment, NEW.submitted_at, NEW.evaluator_id, NEW.form_id, NEW.placement_id, NEW.kind)
               IS DISTINCT FROM ROW(OLD.status, OLD.comment, OLD.submitted_at, OLD.evaluator_id, OLD.form_id, OLD.placement_id, OLD.kind)) THEN
            RAISE EXCEPTION 'evaluation % is submitted and locked', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
        ELSIF EXISTS (SELECT 1 FROM evaluations e WHERE e.id = CASE WHEN TG_OP = 'INSERT' THEN NEW.evaluation_id ELSE OLD.evaluation_id END AND e.status = 'SUBMITTED') THEN
          RAISE EXCEPTION 'the answers of a submitted evaluation are locked' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER evaluations_locked BEFORE UPDATE OR DELETE ON "evaluations" FOR EACH ROW EXECUTE FUNCTION ptp_evaluation_locked()`);
    await queryRunner.query(`CREATE TRIGGER evaluation_answers_locked BEFORE INSERT OR UPDATE OR DELETE ON "evaluation_answers" FOR EACH ROW EXECUTE FUNCTION ptp_evaluation_locked()`);
    const programs: { id: string }[] = await queryRunner.query(`SELECT id FROM programs`);
    for (const { id } of programs) await insertDefaultEvaluationForms(queryRunner, id);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "evaluation_answers"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
    await queryRunner.query(`DROP FUNCTION ptp_evaluation_locked()`);
    await queryRunner.query(`DROP TABLE "evaluation_form_items"`);
    await queryRunner.query(`DROP TABLE "evaluation_forms"`);
    // PostgreSQL cannot drop an enum value; the EVALUATION_* kinds stay in notification_kind, unused.
  }
}
