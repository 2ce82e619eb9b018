// The benchmark's options (docs/performance.md §2); --help prints the header of bench.mjs.
import { readFileSync } from 'node:fs';

const WORKLOADS = ['roster', 'queue', 'progress', 'log', 'typename', 'report'];

/** The comment block at the top of bench.mjs, without its `// ` prefixes. */
function header() {
  const lines = readFileSync(new URL('./bench.mjs', import.meta.url), 'utf8').split('\n').slice(1);
  const end = lines.findIndex((l) => !l.startsWith('//'));
  return lines.slice(0, end).map((l) => l.slice(3)).join('\n');
}

export function parseArgs(argv) {
  const o = {
    url: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL, duration: 10, warmup: 3, concurrency: [1, 8, 32],
    workloads: [...WORKLOADS], sqlOnly: false, seed: 1, students: 16, progressSource: 'auto',
  };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    const val = () => inline ?? argv[++i];
    if (name === '--url') o.url = val();
    else if (name === '--duration') o.duration = Number(val());
    else if (name === '--warmup') o.warmup = Number(val());
    else if (name === '--concurrency') o.concurrency = val().split(',').map(Number);
    else if (name === '--workloads') o.workloads = val().split(',');
    else if (name === '--sql-only') o.sqlOnly = true;
    else if (name === '--seed') o.seed = Number(val());
    else if (name === '--students') o.students = Number(val());
    else if (name === '--progress-source') o.progressSource = val();
    else if (name === '--help' || name === '-h') {
      console.log(header());
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]} (see --help)`);
  }
  if (!o.url) throw new Error('give --url postgres://... (or set BENCH_DATABASE_URL / DATABASE_URL)');
  for (const w of o.workloads) if (!WORKLOADS.includes(w)) throw new Error(`unknown workload ${w}`);
  return o;
}
