// Deterministic helpers of the large-data generator: ids, hash-based "random" draws (the same every
// run for the same inputs) and calendar arithmetic on ISO dates.
/** Deterministic ids, v4-shaped, sequential within a kind: a1a1a1a1-KKKK-4000-8000-NNNNNNNNNNNN. */
export const uid = (kind, n) => `a1a1a1a1-${String(kind).padStart(4, '0')}-4000-8000-${String(n).padStart(12, '0')}`;
export const K = { admin: 101, instructor: 102, preceptorUser: 103, studentUser: 104, program: 2, requirement: 3, cohort: 4, student: 5, enrollment: 6, event: 7, site: 8, preceptor: 9, placement: 10, hourEntry: 11 };

/** A number in [0, 1) from (n, salt): splitmix-style integer hash, the same every run. */
export function rnd(n, salt) {
  let x = (Math.imul(n, 0x9e3779b1) ^ Math.imul(salt + 0x632be5ab, 0x85ebca6b)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return x / 4294967296;
}
export const pick = (arr, n, salt) => arr[Math.floor(rnd(n, salt) * arr.length)];
const DAY = 86400000;
const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (d) => d.toISOString().slice(0, 10);
export const addDays = (isoDate, days) => iso(new Date(toDate(isoDate).getTime() + days * DAY));
export const monday = (isoDate) => addDays(isoDate, -((toDate(isoDate).getUTCDay() + 6) % 7));
export const diffDays = (a, b) => Math.round((toDate(a).getTime() - toDate(b).getTime()) / DAY);
/** The same in SQL: a float in [0, 1) from a bigint expression and a salt. */
export const sqlRnd = (expr, salt) => `((hashint8extended(${expr}, ${salt}) & 1073741823)::float8 / 1073741824.0)`;
