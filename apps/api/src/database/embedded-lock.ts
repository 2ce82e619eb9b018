/* Who holds the embedded data folder. PostgreSQL writes <dir>/postmaster.pid (line 1: pid, line 2:
 * data folder, line 4: port); we write <root>/postgres.owner.json (the node process that started
 * it), so a start can tell its own orphan (the API was killed, postgres kept running) from a server
 * another live portal process is using. */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PostmasterPid {
  pid: number;
  dataDir: string;
  port?: number;
}

export interface Owner {
  pid: number;
  role: 'api' | 'cli';
  port: number;
  startedAt: string;
}

export type Holder =
  | { state: 'none' }
  /** A postmaster.pid whose process is gone, or is some other program that got its pid. */
  | { state: 'stale'; pid: number }
  /** Our PostgreSQL for this folder is running; owner set when a live portal process started it. */
  | { state: 'running'; pid: number; port?: number; owner?: Owner };

export function readPostmasterPid(dir: string): PostmasterPid | undefined {
  let text: string;
  try {
    text = readFileSync(resolve(dir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return { pid: 0, dataDir: lines[1] ?? '' };
  const port = Number.parseInt(lines[3] ?? '', 10);
  return { pid, dataDir: (lines[1] ?? '').trim(), port: Number.isInteger(port) ? port : undefined };
}

export function processAlive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A process that has exited but not been reaped yet (a zombie: an orphan whose new parent, often
  // a container's init, reaps late) still answers signal 0. It holds no port and no files: it is gone.
  return !exitedNotReaped(pid);
}

/** On Linux, whether the process is a zombie (state Z or X in /proc/<pid>/stat); false where /proc is not there. */
function exitedNotReaped(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

/** The process's command line, or undefined when it cannot be read. */
export function processCommand(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      return undefined;
    }
  }
}

const ownerFile = (root: string) => resolve(root, 'postgres.owner.json');

export function readOwner(root: string): Owner | undefined {
  try {
    const o = JSON.parse(readFileSync(ownerFile(root), 'utf8')) as Owner;
    return Number.isInteger(o.pid) ? o : undefined;
  } catch {
    return undefined;
  }
}

export function writeOwner(root: string, owner: Omit<Owner, 'pid' | 'startedAt'>): void {
  writeFileSync(ownerFile(root), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), ...owner }) + '\n');
}

/** Removes the owner file if it is ours. */
export function clearOwner(root: string): void {
  if (readOwner(root)?.pid === process.pid) rmSync(ownerFile(root), { force: true });
}

/** A live owner: the process exists, is not us, and (where we can tell) is a node process. */
export function liveOwner(root: string): Owner | undefined {
  const o = readOwner(root);
  if (!o || o.pid === process.pid || !processAlive(o.pid)) return undefined;
  const cmd = processCommand(o.pid);
  return cmd === undefined || /node/i.test(cmd) ? o : undefined;
}

/** Who holds the data folder `dir` (inside `root`) right now. */
export function inspectHolder(root: string, dir: string): Holder {
  const pm = readPostmasterPid(dir);
  if (!pm) return { state: 'none' };
  if (!processAlive(pm.pid)) return { state: 'stale', pid: pm.pid };
  const cmd = processCommand(pm.pid);
  const samePath = resolve(pm.dataDir) === resolve(dir);
  // A pid reused by another program (common in containers) is not our server.
  if (!samePath || (cmd !== undefined && !/postgres/.test(cmd))) return { state: 'stale', pid: pm.pid };
  return { state: 'running', pid: pm.pid, port: pm.port, owner: liveOwner(root) };
}
