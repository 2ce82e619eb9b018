import { strToU8, zipSync } from 'fflate';
import { csvFile } from '../../common/export/csv';
import { formatGeneratedAt } from '../report/report.export';
import { enrollmentTables, RECORD_COLUMNS, type RecordTable } from './student-record.format';
import type { RecordDocument, StudentRecordData } from './student-record.types';

/** The CSVs every record zip has, even when empty (evaluations.csv only once there are evaluations). */
const CSV_KEYS: RecordTable['key'][] = ['hours', 'status-history', 'exams', 'compliance', 'competencies', 'hour-totals', 'requirements'];

/** "TB test (1).pdf" from an uploader's file name: no path, no control or reserved characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(/[^\w.\- ()]/gu, '_').replace(/^\.+/, '').slice(-120).trim();
  return clean || 'document';
}

/** Makes every name in the zip unique: "card.pdf", "card (2).pdf". */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The record as a zip: the PDF, one CSV per table (every enrollment, with program and cohort columns), the uploaded documents and a README. */
export function renderRecordZip(record: StudentRecordData, pdf: Buffer, pdfName: string, documents: { doc: RecordDocument; content: Buffer }[]): Buffer {
  const files: Record<string, Uint8Array> = { [pdfName]: pdf };
  const perEnrollment = record.enrollments.map((e) => ({ e, tables: new Map(enrollmentTables(e).map((t) => [t.key, t])) }));
  const keys = perEnrollment.some((x) => x.tables.has('evaluations')) ? [...CSV_KEYS, 'evaluations' as const] : CSV_KEYS;
  for (const key of keys) {
    const rows = perEnrollment.flatMap(({ e, tables }) => (tables.get(key)?.rows ?? []).map((row) => [e.programName, e.cohortCode, ...row]));
    files[`${key}.csv`] = csvFile([['Program', 'Cohort', ...RECORD_COLUMNS[key]], ...rows]);
  }
  const taken = new Set(Object.keys(files).map((n) => n.toLowerCase()));
  for (const { doc, content } of documents) files[`documents/${uniqueName(safeFileName(doc.originalName), taken)}`] = content;
  files['README.txt'] = strToU8(
    [
      `Student record of ${record.name} (${record.studentNumber}), ${record.programName}`,
      `Produced by ${record.generatedBy} on ${formatGeneratedAt(record.generatedAt, record.timeZone)}`,
      '',
      `${pdfName}: the whole record, printable.`,
      'hours.csv: every hour entry with its review. status-history.csv: every enrollment status change.',
      'exams.csv, compliance.csv, competencies.csv: exam attempts, compliance items, competencies signed off.',
      'hour-totals.csv, requirements.csv: hours by component and setting, and progress toward the requirements.',
      'documents/: the files uploaded for compliance items, as uploaded.',
      '',
      'An education record under FERPA: handle it as such. Its production was recorded in the disclosure log.',
    ].join('\r\n'),
  );
  return Buffer.from(zipSync(files, { level: 6, mtime: record.generatedAt }));
}
