import { ENROLLMENT_STATUS_LABELS } from '@ptp/shared';
import { PDF_INK as INK, PDF_MUTED as MUTED, pdfSafe, PdfWriter, spreadWidths, type PdfTableLook } from '../../common/export/pdf';
import { formatGeneratedAt } from '../report/report.export';
import { enrollmentTables, hours, type RecordTable } from './student-record.format';
import type { StudentRecordData } from './student-record.types';

/** Smaller titles than the outcome report's: a record has many short tables. */
const TABLE_LOOK: PdfTableLook = { titleSize: 11, titleGap: 0.2, fontSize: 8, keepWithTitle: 50 };

/**
 * The student's record as a PDF (landscape letter): profile, then each enrollment with its status
 * history, hour totals, progress toward requirements, every hour entry with its review, exam
 * attempts, compliance items, competencies and the preceptors' evaluations; "Page X of Y".
 */
export function renderRecordPdf(record: StudentRecordData): Promise<Buffer> {
  const pdf = new PdfWriter({ Title: `Student record: ${record.name} (${record.studentNumber})`, Author: record.generatedBy, Subject: 'Education record (FERPA)' });
  const { doc, left, width } = pdf;
  const line = (text: string) => doc.text(pdfSafe(text), left, doc.y, { width });

  doc.fillColor(INK).font('Helvetica-Bold').fontSize(18).text(pdfSafe(`Student record: ${record.name}`));
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  line(`Produced by ${record.generatedBy} on ${formatGeneratedAt(record.generatedAt, record.timeZone)}`);
  doc.fillColor(MUTED).fontSize(8.5);
  line('An education record under FERPA. Its production was recorded in the disclosure log.');
  doc.moveDown(0.8);

  const drawTable = (table: Pick<RecordTable, 'title' | 'columns' | 'widths' | 'rows' | 'note'>) =>
    pdf.table({ ...table, widths: spreadWidths(table.widths, width), emptyText: 'None recorded.' }, TABLE_LOOK);

  drawTable({
    title: 'Profile', columns: ['Name', 'Student number', 'Email', 'Phone'], widths: [2, 1.3, 2.5, 1.5],
    rows: [[record.name, record.studentNumber, record.email, record.phone ?? '']],
  });

  if (record.enrollments.length === 0) line('No enrollments that you have access to.');
  for (const e of record.enrollments) {
    if (doc.y + 120 > pdf.bottom()) doc.addPage();
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(14).text(pdfSafe(`${e.programName}: cohort ${e.cohortCode} (${e.cohortName})`), left, doc.y, { width });
    doc.moveDown(0.2).font('Helvetica').fontSize(10);
    line(`Enrolled on ${e.enrolledOn}. Status: ${ENROLLMENT_STATUS_LABELS[e.status] ?? e.status} since ${e.statusSince}.`);
    line(`Approved hours: ${hours(e.progress.approvedMinutes)} of ${hours(e.progress.requiredMinutes)} required; pending review: ${hours(e.progress.pendingMinutes)}.`);
    doc.moveDown(0.6);
    for (const table of enrollmentTables(e)) drawTable(table);
  }

  return pdf.finish(`Student record of ${record.name} (${record.studentNumber})`);
}
