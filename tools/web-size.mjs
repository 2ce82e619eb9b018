#!/usr/bin/env node
// The JavaScript a phone downloads before the sign-in page can show: the entry <script type="module"> and
// <link rel="modulepreload"> files of the built apps/web/dist/index.html plus everything they import statically
// (dynamic import() chunks load later, per page). Prints each file's gzip size and the total, and fails above
// the budget; then the same for the first page after sign-in (layout + page chunk, 300 KB). Run after `npm run build`.
// Usage: node tools/web-size.mjs [--budget-kb 250] [--page-budget-kb 300] [--check-pages]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'apps/web/dist');
const budgetArg = process.argv.indexOf('--budget-kb');
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 250;
const pageBudgetArg = process.argv.indexOf('--page-budget-kb');
const pageBudgetKb = pageBudgetArg > 0 ? Number(process.argv[pageBudgetArg + 1]) : 300;
if (![budgetKb, pageBudgetKb].every((b) => Number.isFinite(b) && b > 0)) {
  console.error('web-size: --budget-kb and --page-budget-kb need a positive number');
  process.exit(2);
}

const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`web-size: ${relative(root, indexPath)} is missing; run \`npx nx run @ptp/web:build\` first`);
  process.exit(2);
}
const html = readFileSync(indexPath, 'utf8');

/** Attribute value of a tag, or undefined. */
const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

const entries = [];
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attr(tag, 'src');
  if (src && attr(tag, 'type') === 'module') entries.push(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const href = attr(tag, 'href');
  if (href && attr(tag, 'rel') === 'modulepreload') entries.push(href);
}
if (entries.length === 0) {
  console.error('web-size: index.html has no <script type="module"> entry');
  process.exit(2);
}

const toFile = (url) => join(dist, normalize(url.replace(/^\//, '').split(/[?#]/)[0]));
// Static imports of a minified ES module: `import ... from "./x.js"`, `import "./x.js"`, `export ... from "./x.js"`.
// Dynamic `import("./x.js")` is deliberately not followed: those chunks are fetched on demand.
const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** Adds `files` and everything they import statically to `into` (file → raw and gzip bytes). */
function closure(files, into) {
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift();
    if (into.has(file)) continue;
    if (!existsSync(file)) {
      console.error(`web-size: ${relative(dist, file)} is referenced but missing`);
      process.exit(2);
    }
    const code = readFileSync(file);
    into.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    for (const [, spec] of code.toString('utf8').matchAll(staticImport)) {
      if (spec.startsWith('.')) queue.push(join(dirname(file), spec));
      else if (spec.startsWith('/')) queue.push(toFile(spec));
    }
  }
  return into;
}

const seen = closure(entries.map(toFile), new Map());
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
let raw = 0;
let gzip = 0;
console.log('Initial JS of the sign-in page (gzip / raw KB):');
for (const [file, size] of [...seen].sort((a, b) => b[1].gzip - a[1].gzip)) {
  raw += size.raw;
  gzip += size.gzip;
  console.log(`${kb(size.gzip)} ${kb(size.raw)}  ${relative(dist, file)}`);
}
console.log(`${kb(gzip)} ${kb(raw)}  total, ${seen.size} files (budget ${budgetKb} KB gzip)`);
if (gzip > budgetKb * 1024) {
  console.error(`web-size: the initial JS is ${(gzip / 1024).toFixed(1)} KB gzip, over the ${budgetKb} KB budget`);
  process.exit(1);
}

// The first page after sign-in: the sign-in page's JS, the signed-in layout and one page, each with
// its static imports (the pages are the `import()` chunks of the entry; docs/performance.md §6).
const dynamicImport = /import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g;
const pages = new Set();
for (const file of seen.keys()) {
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(dynamicImport)) if (spec.startsWith('.')) pages.add(join(dirname(file), spec));
}
const layout = [...pages].find((f) => /\/AppLayout-[^/]*\.js$/.test(f));
const gzipOf = (files) => [...files.values()].reduce((sum, f) => sum + f.gzip, 0);
const firstPages = [...pages]
  .filter((f) => f !== layout)
  .map((page) => ({ page, gzip: gzipOf(closure([page, ...(layout ? [layout] : [])], new Map(seen))) }))
  .sort((a, b) => b.gzip - a.gzip);
console.log(`\nFirst page after sign-in (sign-in JS + layout + page, gzip KB; budget ${pageBudgetKb} KB), the ${Math.min(5, firstPages.length)} largest of ${firstPages.length}:`);
for (const { page, gzip: size } of firstPages.slice(0, 5)) console.log(`${kb(size)}  ${relative(dist, page)}`);
const over = firstPages.filter((p) => p.gzip > pageBudgetKb * 1024);
if (over.length) console.log(`${over.length} of them over ${pageBudgetKb} KB (the goal of issue 13; --check-pages fails on it)`);
if (over.length && process.argv.includes('--check-pages')) {
  console.error(`web-size: ${over.length} page(s) need more than ${pageBudgetKb} KB gzip on first load: ${over.map((p) => relative(dist, p.page)).join(', ')}`);
  process.exit(1);
}
