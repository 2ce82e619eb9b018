#!/usr/bin/env node
// Development mode: the API recompiled and restarted on change, and Vite's dev server (hot reload)
// on http://localhost:4200 proxying /graphql to the API on :3000.
import { execSync, spawn } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
execSync('npx nx run @ptp/api:build', { stdio: 'inherit', env });

const children = [
  spawn('npx', ['tsc', '-w', '--preserveWatchOutput', '-p', 'apps/api/tsconfig.app.json'], { stdio: 'inherit', env }),
  spawn('node', ['--watch-path=apps/api/dist', 'apps/api/dist/main.js', '--migrate', '--seed'], { stdio: 'inherit', env }),
  spawn('npm', ['run', 'dev', '-w', '@ptp/web'], { stdio: 'inherit', env }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(0), 3000);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
