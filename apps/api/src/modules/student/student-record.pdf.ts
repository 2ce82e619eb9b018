import PDFDocument from 'pdfkit';
import { ENROLLMENT_STATUS_LABELS } from '@ptp/shared';
import { formatGeneratedAt, pdfSafe } from '../report/report.export';
import { enrollmentTables, hours, type RecordTable } from './student-record.format';
import type { StudentRecordData } from './student-record.types';

const MARGIN = 36;
const FOOTER_SPACE = 24;
const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#cbd2d9';

/**
 * The student's record as a PDF (landscape letter): profile, then each enrollment with its status
 * history, hour totals, progress toward requirements, every hour entry with its review, exam
 * attempts, compliance items, competencies and the preceptors' evaluations; "Page X of Y".
 */
export function renderRecordPdf(record: StudentRecordData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER', layout: 'landscape', margin: MARGIN, bufferPages: true,
    info: { Title: `Student record: ${record.name} (${record.studentNumber})`, Author: record.generatedBy, Subject: 'Education record (FERPA)' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER_SPACE;
  const line = (text: string) => doc.text(pdfSafe(text), MARGIN, doc.y, { width });

  doc.fillColor(INK).font('Helvetica-Bold').fontSize(18).text(pdfSafe(`Student record: ${record.name}`));
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  line(`Produced by ${record.generatedBy} on ${formatGeneratedAt(record.generatedAt, record.timeZone)}`);
  doc.fillColor(MUTED).fontSize(8.5);
  line('An education record under FERPA. Its production was recorded in the disclosure log.');
  doc.moveDown(0.8);

  const drawTable = (table: Pick<RecordTable, 'title' | 'columns' | 'widths' | 'rows' | 'note'>) => {
    const total = table.widths.reduce((a, b) => a + b, 0);
    const colW = table.widths.map((w) => (w / total) * width);
    const colX = colW.map((_, i) => MARGIN + colW.slice(0, i).reduce((a, b) => a + b, 0));
    if (doc.y + 50 > bottom()) doc.addPage();
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(11).text(pdfSafe(table.title), MARGIN, doc.y, { width });
    doc.moveDown(0.2);
    const drawRow = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
      const texts = cells.map((c) => pdfSafe(c) || ' ');
      const h = Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: colW[i] - 6 }))) + 5;
      if (doc.y + h > bottom()) {
        doc.addPage();
        if (!bold) drawRow(table.columns, true);
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
      }
      const y = doc.y;
      texts.forEach((t, i) => doc.fillColor(INK).text(t, colX[i] + 2, y + 2.5, { width: colW[i] - 6 }));
      doc.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.x = MARGIN;
      doc.y = y + h;
    };
    drawRow(table.columns, true);
    if (table.rows.length === 0) {
      doc.moveDown(0.2).fillColor(MUTED).font('Helvetica-Oblique').fontSize(8).text('None recorded.', MARGIN + 2, doc.y, { width });
    }
    for (const row of table.rows) drawRow(row, false);
    if (table.note) doc.moveDown(0.3).fillColor(MUTED).font('Helvetica-Oblique').fontSize(7.5).text(pdfSafe(table.note), MARGIN, doc.y, { width });
    doc.fillColor(INK).moveDown(1);
  };

  drawTable({
    title: 'Profile', columns: ['Name', 'Student number', 'Email', 'Phone'], widths: [2, 1.3, 2.5, 1.5],
    rows: [[record.name, record.studentNumber, record.email, record.phone ?? '']],
  });

  if (record.enrollments.length === 0) line('No enrollments that you have access to.');
  for (const e of record.enrollments) {
    if (doc.y + 120 > bottom()) doc.addPage();
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(14).text(pdfSafe(`${e.programName}: cohort ${e.cohortCode} (${e.cohortName})`), MARGIN, doc.y, { width });
    doc.moveDown(0.2).font('Helvetica').fontSize(10);
    line(`Enrolled on ${e.enrolledOn}. Status: ${ENROLLMENT_STATUS_LABELS[e.status] ?? e.status} since ${e.statusSince}.`);
    line(`Approved hours: ${hours(e.progress.approvedMinutes)} of ${hours(e.progress.requiredMinutes)} required; pending review: ${hours(e.progress.pendingMinutes)}.`);
    doc.moveDown(0.6);
    for (const table of enrollmentTables(e)) drawTable(table);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN - 10;
    const oldBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the margin must not open a new page
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
    doc.text(pdfSafe(`Student record of ${record.name} (${record.studentNumber})`), MARGIN, y, { width: width * 0.75, lineBreak: false, ellipsis: true });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = oldBottom;
  }
  doc.end();
  return done;
}
