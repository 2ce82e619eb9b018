// Shared by the benchmark's modules: the repository root, the generated accounts, the log line,
// a pause and the seeded pseudo-random generator.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export { EMAIL_DOMAIN, PASSWORD } from '../large-data/reference-data.mjs';
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const log = (m) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** The activity note of the log workload's entries: how the benchmark finds its own rows again. */
export const BENCH_NOTE = 'Benchmark shift: will-call and restock';
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
