import { STUDENT_IMPORT_FIELDS, STUDENT_IMPORT_FIELD_LABELS, type StudentImportField } from '@ptp/shared';
import Papa from 'papaparse';
import type { ImportStudentsMutation, PreviewStudentImportQuery, StudentImportRowInput } from '../../gql/graphql';
import { saveBlob } from '../../lib/download';

/** A parsed file: the header row and the data rows, each with its row number in the file (header = 1). */
export interface ParsedCsv {
  headers: string[];
  records: { line: number; cells: string[] }[];
}

/** Which column (by index) feeds each field; null: not in the file. */
export type ColumnMapping = Record<StudentImportField, number | null>;

/** What the server found in each row, before anything is written. */
export type ImportPreview = PreviewStudentImportQuery['previewStudentImport'];
/** What the import did. */
export type ImportSummary = ImportStudentsMutation['importStudents'];

/** "1 row", "1,200 rows". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header names people use for each field, normalised (lower case, letters and digits only). */
const EXACT: Record<StudentImportField, string[]> = {
  firstName: ['firstname', 'first', 'givenname', 'fname', 'forename', 'studentfirstname'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'lname', 'studentlastname'],
  email: ['email', 'emailaddress', 'mail', 'studentemail', 'emailid'],
  studentNumber: ['studentnumber', 'studentid', 'studentno', 'studentnum', 'sid', 'id', 'number', 'idnumber'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'cell', 'cellphone', 'telephone', 'tel'],
  startDate: ['startdate', 'start', 'enrolledon', 'enrollmentdate', 'enrolldate', 'enrolmentdate', 'dateenrolled'],
};

/** Looser guesses when no header matches exactly. */
const PARTIAL: Record<StudentImportField, (h: string) => boolean> = {
  firstName: (h) => h.includes('first') || h.includes('given'),
  lastName: (h) => h.includes('last') || h.includes('surname') || h.includes('family'),
  email: (h) => h.includes('mail'),
  studentNumber: (h) => h.includes('student') && (h.includes('id') || h.includes('number') || h.includes('no')),
  phone: (h) => h.includes('phone') || h.includes('mobile') || h.includes('cell'),
  startDate: (h) => h.includes('start') || h.includes('enrol'),
};

/** Guesses the mapping from the header names ("First Name", "E-mail", "Student ID", ...); each column feeds at most one field. */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const names = headers.map(normalise);
  const used = new Set<number>();
  const mapping = Object.fromEntries(STUDENT_IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
  const take = (field: StudentImportField, match: (h: string) => boolean) => {
    if (mapping[field] !== null) return;
    const index = names.findIndex((h, i) => !used.has(i) && h !== '' && match(h));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  };
  // Exact names first, in the order listed ("Student number" beats a bare "ID"), then partial ones.
  for (const field of STUDENT_IMPORT_FIELDS) for (const name of EXACT[field]) take(field, (h) => h === name);
  for (const field of STUDENT_IMPORT_FIELDS) take(field, PARTIAL[field]);
  return mapping;
}

/** The rows to send: mapped cells as typed (the server checks them), blank rows left out. */
export function rowsForImport(csv: ParsedCsv, mapping: ColumnMapping): StudentImportRowInput[] {
  return csv.records.map(({ line, cells }) => {
    const row: StudentImportRowInput = { line };
    for (const field of STUDENT_IMPORT_FIELDS) {
      const index = mapping[field];
      row[field] = index === null ? '' : (cells[index] ?? '').trim();
    }
    return row;
  });
}

/** Required fields the mapping leaves out. */
export function unmappedRequired(mapping: ColumnMapping): string[] {
  return (['firstName', 'lastName', 'email', 'studentNumber'] as const).filter((f) => mapping[f] === null).map((f) => STUDENT_IMPORT_FIELD_LABELS[f]);
}

/** Collects papaparse's records: the first row is the header; blank rows are dropped but counted, so row numbers match the spreadsheet. */
class RecordCollector {
  headers: string[] | null = null;
  records: ParsedCsv['records'] = [];
  private row = 0;

  add(rows: string[][]): void {
    for (const cells of rows) {
      this.row += 1;
      if (this.headers === null) {
        this.headers = cells.map((c, i) => (i === 0 ? c.replace(/^\ufeff/, '') : c).trim());
      } else if (cells.some((c) => c.trim() !== '')) {
        this.records.push({ line: this.row, cells });
      }
    }
  }

  result(): ParsedCsv {
    return { headers: this.headers ?? [], records: this.records };
  }
}

/** Pasted CSV text (small enough to parse at once). */
export function parseCsvText(text: string): ParsedCsv {
  const collector = new RecordCollector();
  collector.add(Papa.parse<string[]>(text.trim(), { header: false, skipEmptyLines: false }).data);
  return collector.result();
}

/**
 * A CSV file, read and parsed by papaparse chunk by chunk; `onProgress` (0..1) is called between
 * chunks, so a large file shows a moving bar and the page stays responsive.
 */
export function parseCsvFile(file: File, onProgress: (fraction: number) => void): Promise<ParsedCsv> {
  return new Promise((resolve, reject) => {
    const collector = new RecordCollector();
    Papa.parse<string[], File>(file, {
      header: false,
      skipEmptyLines: false,
      chunkSize: 64 * 1024,
      chunk: (results) => {
        collector.add(results.data);
        if (file.size > 0) onProgress(Math.min(1, results.meta.cursor / file.size));
      },
      complete: () => {
        onProgress(1);
        resolve(collector.result());
      },
      error: (error: Error) => reject(error),
    });
  });
}

/** The import summary as CSV: one line per row of the file, imported or skipped with why. */
export function summaryCsv(result: Pick<ImportSummary, 'imported' | 'skipped'>): string {
  const lines = [
    ...result.imported.map((r) => ({ Row: r.line, Result: 'Imported', Name: r.name, Email: r.email, Errors: '' })),
    ...result.skipped.map((r) => ({ Row: r.line, Result: 'Skipped', Name: '', Email: '', Errors: r.errors.join(' ') })),
  ].sort((a, b) => a.Row - b.Row);
  return Papa.unparse(lines, { columns: ['Row', 'Result', 'Name', 'Email', 'Errors'], escapeFormulae: true });
}

/** The summary as a download (with a byte-order mark, so spreadsheets read UTF-8 names correctly). */
export function downloadSummary(text: string, filename: string): void {
  saveBlob(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }), filename);
}
