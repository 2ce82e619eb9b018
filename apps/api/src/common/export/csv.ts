import { stringify } from 'csv-stringify/sync';

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first: OWASP's rule) gets a leading
 * apostrophe, so a student named `=HYPERLINK(…)` stays a name. Numbers are left as they are.
 */
export function neutraliseCell(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Every CSV the portal writes: cells neutralised, with a byte-order mark so spreadsheet programs read UTF-8 names correctly. */
export function csvFile(rows: unknown[][]): Buffer {
  return Buffer.from(stringify(rows.map((row) => row.map(neutraliseCell)), { bom: true }), 'utf8');
}
