#!/usr/bin/env node
// Fails when generated files are stale: the GraphQL schema (from the API's code), the web's typed
// documents (from that schema), or the migrations (a migration would be generated from the entities).
// Run after `npm run build`.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const watched = ['apps/api/schema.graphql', 'apps/web/src/gql'];

function snapshot() {
  const files = new Map();
  const walk = (p) => {
    const abs = join(root, p);
    if (statSync(abs).isDirectory()) for (const f of readdirSync(abs)) walk(join(p, f));
    else files.set(relative(root, abs), readFileSync(abs, 'utf8'));
  };
  for (const p of watched) walk(p);
  return files;
}

const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });

const before = snapshot();
run('node apps/api/dist/schema.js');
run('npm run codegen --silent -w @ptp/web');
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (changed.length) {
  console.error(`\nGenerated files were stale and have been regenerated:\n  ${changed.join('\n  ')}\nCommit them.`);
  process.exit(1);
}
console.log('Schema and web types are up to date.');
run('node tools/test-db.mjs -- node apps/api/dist/database/cli.js check-drift');
