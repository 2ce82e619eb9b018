import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError } from './embedded';
import { inspectHolder } from './embedded-lock';
import { EmbeddedDatabaseError, explainStartFailure, LogTail, withLog } from './embedded-server';

describe('embedded PostgreSQL start failures', () => {
  const dir = '/data/postgres';

  it.each([
    ['2026-12-02 LOG:  could not bind IPv4 address "127.0.0.1": Address already in use', /port 5544: another program is using it.*EMBEDDED_PG_PORT/],
    ['FATAL:  could not write to file "pg_wal/xlogtemp.1": No space left on device', /disk holding \/data\/postgres is full/],
    ['FATAL:  data directory "/data/postgres" has invalid permissions / Permission denied', /permission denied on \/data\/postgres.*chmod 755/],
    ['FATAL:  database files are incompatible with server', /different PostgreSQL version/],
    ['FATAL:  lock file "postmaster.pid" already exists', /Another PostgreSQL server is using \/data\/postgres/],
    ['something else entirely', /did not start \(exit code 1\)\. Or set DATABASE_URL/],
  ])('explains %j', (log, expected) => {
    expect(explainStartFailure(log, dir, 5544, 'exit code 1')).toMatch(expected);
  });

  it('appends the last lines of PostgreSQL output, indented, and keeps only the last ones', () => {
    const tail = new LogTail(2);
    tail.push('one\ntwo\nthr');
    tail.push('ee\n');
    expect(tail.text()).toBe('two\nthree');
    expect(withLog('Failed.', tail.text())).toBe("Failed.\nLast lines of PostgreSQL's log:\n  two\n  three");
    expect(withLog('Failed.', '')).toBe('Failed.');
  });

  it('never prints `undefined`: non-Error rejections get a message', () => {
    expect(describeError(undefined)).toBe('Failed to start (no error details were given).');
    expect(describeError(new EmbeddedDatabaseError('Port taken.'), true)).toBe('Port taken.');
    expect(describeError({ code: 1 })).toBe('{"code":1}');
    expect(describeError(new Error('boom'))).toBe('boom');
  });
});

describe('who holds the embedded data folder', () => {
  let root: string;
  const dir = () => join(root, 'postgres');
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ptp-lock-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const pidFile = (pid: number, dataDir = dir()) => {
    mkdirSync(dir(), { recursive: true });
    writeFileSync(join(dir(), 'postmaster.pid'), `${pid}\n${dataDir}\n1796000000\n5544\n/tmp\n127.0.0.1\n 0 0\nready\n`);
  };

  it('no postmaster.pid: nobody', () => {
    expect(inspectHolder(root, dir())).toEqual({ state: 'none' });
  });

  it('a pid file whose process is gone is stale', () => {
    pidFile(2 ** 22 + 12345);
    expect(inspectHolder(root, dir())).toEqual({ state: 'stale', pid: 2 ** 22 + 12345 });
  });

  it('a pid reused by a program that is not PostgreSQL is stale', () => {
    pidFile(process.pid);
    expect(inspectHolder(root, dir())).toEqual({ state: 'stale', pid: process.pid });
  });

  it('a live postgres for this folder is running; with the owner file of a live node process, owned', async () => {
    // A stand-in process whose command line names postgres (and node).
    const fake = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)', 'postgres']);
    try {
      await new Promise((r) => fake.once('spawn', r));
      const pid = fake.pid as number;
      pidFile(pid);
      expect(inspectHolder(root, dir())).toEqual({ state: 'running', pid, port: 5544, owner: undefined });
      writeFileSync(join(root, 'postgres.owner.json'), JSON.stringify({ pid, role: 'api', port: 5544, startedAt: '2026-12-02T00:00:00Z' }));
      expect(inspectHolder(root, dir())).toMatchObject({ state: 'running', pid, owner: { pid, role: 'api' } });
      pidFile(pid, '/some/other/folder');
      expect(inspectHolder(root, dir()).state).toBe('stale');
    } finally {
      fake.kill('SIGKILL');
    }
  });
});
