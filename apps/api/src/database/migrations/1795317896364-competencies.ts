import { MigrationInterface, QueryRunner } from 'typeorm';

export class Competencies1795317896364 implements MigrationInterface {
  name = 'Competencies1795317896364';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "competencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(10) NOT NULL, "domain_number" integer NOT NULL, "domain" character varying(120) NOT NULL, "level" character(1) NOT NULL, "summary" character varying(300) NOT NULL, "active" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "UQ_587d3b9969cac4d2fce8540d7b6" UNIQUE ("code"), CONSTRAINT "competencies_domain" CHECK (domain_number BETWEEN 1 AND 5), CONSTRAINT "competencies_level" CHECK (level IN ('E', 'A')), CONSTRAINT "PK_0b29ecda233cc61de0d93527813" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "program_competencies" ("program_id" uuid NOT NULL, "competency_id" uuid NOT NULL, CONSTRAINT "PK_52264e899645068f354be580a40" PRIMARY KEY ("program_id", "competency_id"))`);
    await queryRunner.query(`CREATE TABLE "competency_signoffs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "signed_by" uuid NOT NULL, "signed_on" date NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "competency_signoffs_once_key" UNIQUE ("enrollment_id", "competency_id"), CONSTRAINT "PK_4e4327f6cd61ef20ef3df363bc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "competency_signoffs_program_idx" ON "competency_signoffs" ("program_id") `);
    await queryRunner.query(`ALTER TABLE "program_competencies" ADD CONSTRAINT "FK_67cfa11353188e6dd9c1bf55130" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_competencies" ADD CONSTRAINT "FK_0f46555827ed9fc68d38027f7cb" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_signoffs" ADD CONSTRAINT "FK_593e58a630cfa95150a77fc7f37" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_signoffs" ADD CONSTRAINT "FK_0e4a823565cc80de29fdd6e66db" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_signoffs" ADD CONSTRAINT "FK_ff9157156d851e9785fc4c7c8ea" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_signoffs" ADD CONSTRAINT "FK_f6cc1561fef062912f1639fade5" FOREIGN KEY ("signed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The ASHP/ACPE pharmacy technician competency library (Standards 1-5, entry and advanced), in our
    // own words; source list in ../data/ashp-competencies.csv. Admins edit it from here on.
    await queryRunner.query(`INSERT INTO competencies (code, domain_number, domain, level, summary, sort_order) VALUES
      ('1.1E', 1, 'Personal/Interpersonal Knowledge and Skills', 'E', 'Act ethically in all practice situations', 1),
      ('1.2E', 1, 'Personal/Interpersonal Knowledge and Skills', 'E', 'Look and behave in a way that fits the pharmacy profession', 2),
      ('1.3E', 1, 'Personal/Interpersonal Knowledge and Skills', 'E', 'Listen attentively and actively to others', 3),
      ('1.4E', 1, 'Personal/Interpersonal Knowledge and Skills', 'E', 'Speak and write clearly and effectively', 4),
      ('1.5E', 1, 'Personal/Interpersonal Knowledge and Skills', 'E', 'Treat diverse patients, coworkers and other professionals with respect', 5),
      ('1.6E', 1, 'Personal/Interpersonal Knowledge and Skills', 'E', 'Manage own time, stress and response to change', 6),
      ('1.7E', 1, 'Personal/Interpersonal Knowledge and Skills', 'E', 'Use people skills: negotiating, resolving conflict, serving customers, teamwork', 7),
      ('1.8E', 1, 'Personal/Interpersonal Knowledge and Skills', 'E', 'Work through problems to reach sound solutions', 8),
      ('1.9A', 1, 'Personal/Interpersonal Knowledge and Skills', 'A', 'Lead or supervise technicians on conflict, teamwork and service issues', 9),
      ('1.10A', 1, 'Personal/Interpersonal Knowledge and Skills', 'A', 'Think critically and bring creative, innovative ideas', 10),
      ('1.11A', 1, 'Personal/Interpersonal Knowledge and Skills', 'A', 'Supervise staff in line with HR policies and procedures', 11),
      ('1.12A', 1, 'Personal/Interpersonal Knowledge and Skills', 'A', 'Communicate professionally with clinicians, payers and others serving patients', 12),
      ('2.1E', 2, 'Foundational Professional Knowledge and Skills', 'E', 'Explain why ongoing CE and professional development keep competence', 13),
      ('2.2E', 2, 'Foundational Professional Knowledge and Skills', 'E', 'Keep patient information private under state and federal law', 14),
      ('2.3E', 2, 'Foundational Professional Knowledge and Skills', 'E', 'Describe technician, pharmacist and other healthcare team roles', 15),
      ('2.4E', 2, 'Foundational Professional Knowledge and Skills', 'E', 'Describe basics of wellness promotion and disease prevention', 16),
      ('2.5E', 2, 'Foundational Professional Knowledge and Skills', 'E', 'Know basic body structure and function, drug actions and medical terms', 17),
      ('2.6E', 2, 'Foundational Professional Knowledge and Skills', 'E', 'Do the pharmacy math needed in everyday technician work', 18),
      ('2.7E', 2, 'Foundational Professional Knowledge and Skills', 'E', 'Explain where the technician fits in how medicines are used', 19),
      ('2.8E', 2, 'Foundational Professional Knowledge and Skills', 'E', 'Follow proper infection-control practices', 20),
      ('2.9A', 2, 'Foundational Professional Knowledge and Skills', 'A', 'Explain investigational drugs, off-label use and newly emerging therapies', 21),
      ('2.10A', 2, 'Foundational Professional Knowledge and Skills', 'A', 'Explain the extra knowledge and skills that advanced-level work requires', 22),
      ('2.11A', 2, 'Foundational Professional Knowledge and Skills', 'A', 'Help run wellness and disease-prevention programs', 23),
      ('3.1E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Help pharmacist gather and record patient demographic and clinical data', 24),
      ('3.2E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Take in and prepare prescriptions, checking they are complete, correct and genuine', 25),
      ('3.3E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Help the pharmacist spot patients who need or want counseling', 26),
      ('3.4E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Prepare medications for individual patients for distribution', 27),
      ('3.5E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Prepare stock/batch (non-patient-specific) medications for distribution', 28),
      ('3.6E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Help prepare, store and hand out products needing special handling and records', 29),
      ('3.7E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Help the pharmacist keep track of how patients'' drug therapy is going', 30),
      ('3.8E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Keep pharmacy space and equipment, including dispensing machines, in working order', 31),
      ('3.9E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Use safety data sheets to handle and discard hazardous materials safely', 32),
      ('3.10E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Describe FDA rules for tracking, tracing and handling drug products', 33),
      ('3.11E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Apply quality checks to drugs, medical equipment, devices and supplies', 34),
      ('3.12E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Know whom to tell and what to do for recalls, shortages or errors', 35),
      ('3.13E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Use current technology to make dispensing safe and accurate', 36),
      ('3.14E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Take payment for medicines, devices and pharmacy services', 37),
      ('3.15E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Describe basics of preparing for sterile and non-sterile compounding', 38),
      ('3.16E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Make simple non-sterile preparations (e.g., reconstitutions, basic creams) per USP', 39),
      ('3.17E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Help pharmacist compound non-sterile products', 40),
      ('3.18E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Explain standard ways of buying drugs, devices and supplies', 41),
      ('3.19E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Explain accepted inventory-control procedures for drugs, equipment, devices', 42),
      ('3.20E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Explain how expired medicines are found and properly discarded', 43),
      ('3.21E', 3, 'Processing and Handling of Medications and Medication Orders', 'E', 'Explain how vaccines are delivered and how doses are documented', 44),
      ('3.22A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Make sterile compounded preparations following current USP chapters', 45),
      ('3.23A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Make moderate and complex non-sterile compounds such as suppositories or tablets', 46),
      ('3.24A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Prepare, or practice preparing, chemotherapy and other hazardous drugs per USP', 47),
      ('3.25A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Start, check and manage claims for complex or specialty pharmacy billing', 48),
      ('3.26A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Carry out standard purchasing of drugs, devices and supplies', 49),
      ('3.27A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Carry out standard inventory control for medicines, equipment and devices', 50),
      ('3.28A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Explain how payers reimburse covered and non-covered pharmacy services', 51),
      ('3.29A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Handle investigational, off-label and new therapies through the right use process', 52),
      ('3.30A', 3, 'Processing and Handling of Medications and Medication Orders', 'A', 'Manage drug stock kept in automated dispensing equipment and devices', 53),
      ('4.1E', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'E', 'Explain the pharmacist''s patient care process and the technician''s part in it', 54),
      ('4.2E', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'E', 'Use patient and medication safety habits throughout technician duties', 55),
      ('4.3E', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'E', 'Explain how technicians help pharmacists handle patient emergencies safely and lawfully', 56),
      ('4.4E', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'E', 'Explain basic safety and disaster-readiness steps for pharmacy services', 57),
      ('4.5E', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'E', 'Help the pharmacist reconcile a patient''s medication list', 58),
      ('4.6E', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'E', 'Explain what point-of-care testing is and how it is used', 59),
      ('4.7E', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'E', 'Explain what pharmacists and technicians each do in medication management services', 60),
      ('4.8E', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'E', 'Describe quality assurance best practices promoted by leading quality organizations', 61),
      ('4.9A', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'A', 'Check the measuring, preparation or packaging done by other healthcare workers', 62),
      ('4.10A', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'A', 'Run point-of-care tests so the pharmacist can judge a patient''s condition', 63),
      ('4.11A', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'A', 'Take part in running medication management services', 64),
      ('4.12A', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'A', 'Handle assigned technical tasks that support the pharmacist''s patient care process', 65),
      ('4.13A', 4, 'Patient Care, Quality and Safety Knowledge and Skills', 'A', 'Hold a current Basic Life Support certification for healthcare providers', 66),
      ('5.1E', 5, 'Regulatory and Compliance Knowledge and Skills', 'E', 'Know and follow federal and state drug-handling laws, including controlled substances', 67),
      ('5.2E', 5, 'Regulatory and Compliance Knowledge and Skills', 'E', 'Describe federal and state laws and rules that govern technicians', 68),
      ('5.3E', 5, 'Regulatory and Compliance Knowledge and Skills', 'E', 'Recognize that technician and dispensing rules differ from state to state', 69),
      ('5.4E', 5, 'Regulatory and Compliance Knowledge and Skills', 'E', 'Describe how to get and keep a technician registration or license', 70),
      ('5.5E', 5, 'Regulatory and Compliance Knowledge and Skills', 'E', 'Describe how pharmacies meet legal, regulatory, contract, formulary and safety requirements', 71),
      ('5.6E', 5, 'Regulatory and Compliance Knowledge and Skills', 'E', 'Describe OSHA, NIOSH and USP rules on hazardous-substance exposure and response', 72),
      ('5.7E', 5, 'Regulatory and Compliance Knowledge and Skills', 'E', 'Describe OSHA rules for preventing and handling bloodborne pathogen exposure', 73),
      ('5.8E', 5, 'Regulatory and Compliance Knowledge and Skills', 'E', 'Describe OSHA''s hazard communication rule, the worker''s right to know', 74),
      ('5.9A', 5, 'Regulatory and Compliance Knowledge and Skills', 'A', 'Describe major current trends, issues and initiatives in pharmacy', 75),
      ('5.10A', 5, 'Regulatory and Compliance Knowledge and Skills', 'A', 'Explain how pharmacies prepare for regulatory inspections, audits and accreditation reviews', 76),
      ('5.11A', 5, 'Regulatory and Compliance Knowledge and Skills', 'A', 'Take an active part in keeping the pharmacy compliant with laws and standards', 77)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competency_signoffs" DROP CONSTRAINT "FK_f6cc1561fef062912f1639fade5"`);
    await queryRunner.query(`ALTER TABLE "competency_signoffs" DROP CONSTRAINT "FK_ff9157156d851e9785fc4c7c8ea"`);
    await queryRunner.query(`ALTER TABLE "competency_signoffs" DROP CONSTRAINT "FK_0e4a823565cc80de29fdd6e66db"`);
    await queryRunner.query(`ALTER TABLE "competency_signoffs" DROP CONSTRAINT "FK_593e58a630cfa95150a77fc7f37"`);
    await queryRunner.query(`ALTER TABLE "program_competencies" DROP CONSTRAINT "FK_0f46555827ed9fc68d38027f7cb"`);
    await queryRunner.query(`ALTER TABLE "program_competencies" DROP CONSTRAINT "FK_67cfa11353188e6dd9c1bf55130"`);
    await queryRunner.query(`DROP INDEX "public"."competency_signoffs_program_idx"`);
    await queryRunner.query(`DROP TABLE "competency_signoffs"`);
    await queryRunner.query(`DROP TABLE "program_competencies"`);
    await queryRunner.query(`DROP TABLE "competencies"`);
  }
}
