/* The backup format used when no pg_dump of the server's major version (or newer) is installed —
 * the embedded binaries ship only postgres, initdb and pg_ctl. Since the schema is exactly our
 * migrations, a backup is: the names of the applied migrations, then every row of every table in
 * the public schema (as PostgreSQL's own JSON text of the row, never re-parsed, so values round-trip
 * exactly) and every sequence's position, read in one REPEATABLE READ snapshot; gzip'd lines.
 * Restore rebuilds the schema by running those migrations and loads the rows with triggers and
 * foreign-key checks off (session_replication_role = replica), in one transaction.
 * pg-boss's own schema (queued background jobs) is not included; it is left as it is. */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { DataSource, MigrationExecutor } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { MIGRATIONS } from './migrations';

export const LOGICAL_FORMAT = 'ptp-logical-dump';

interface Header {
  format: string;
  version: number;
  server: string;
  createdAt: string;
  migrations: string[];
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const BATCH_BYTES = 4 * 1024 * 1024;

export async function logicalBackup(url: string, file: string): Promise<{ tables: number; rows: number }> {
  const client = new Client({ connectionString: url, application_name: 'ptp-db-backup' });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  let rows = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ server_version: server }] = (await client.query('SHOW server_version')).rows;
    const migrations = (await client.query(`SELECT name FROM migrations ORDER BY id`)).rows.map((r) => r.name as string);
    const header: Header = { format: LOGICAL_FORMAT, version: 1, server, createdAt: new Date().toISOString(), migrations };
    await write(`H ${JSON.stringify(header)}`);
    const tables = (
      await client.query(`SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`)
    ).rows.map((r) => r.relname as string);
    for (const table of tables) {
      const columns = (
        await client.query(`SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`, [`public.${ident(table)}`])
      ).rows.map((r) => r.attname as string);
      await write(`T ${JSON.stringify({ table, columns })}`);
      await client.query(`DECLARE rows_c NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM public.${ident(table)} t`);
      for (;;) {
        const batch = await client.query('FETCH 1000 FROM rows_c');
        for (const r of batch.rows) await write(`R ${r.j as string}`);
        rows += batch.rows.length;
        if (batch.rows.length < 1000) break;
      }
      await client.query('CLOSE rows_c');
    }
    const seqs = (await client.query(`SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public'`)).rows;
    for (const s of seqs) await write(`S ${JSON.stringify({ name: s.name, value: s.last_value === null ? null : String(s.last_value) })}`);
    await client.query('COMMIT');
    gzip.end();
    await once(out, 'close');
    return { tables: tables.length, rows };
  } catch (err) {
    gzip.destroy();
    out.destroy();
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function* lines(file: string): AsyncGenerator<{ kind: string; body: string }> {
  const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield { kind: line.slice(0, 1), body: line.slice(2) };
}

export async function readLogicalHeader(file: string): Promise<Header> {
  for await (const l of lines(file)) {
    const h = l.kind === 'H' ? (JSON.parse(l.body) as Header) : undefined;
    if (h?.format !== LOGICAL_FORMAT) break;
    return h;
  }
  throw new Error(`${file} is not a portal backup (neither pg_dump custom format nor ${LOGICAL_FORMAT}).`);
}

/** Replaces the public schema of `url` with the backup's, in one transaction: on any error nothing
 *  changed. Throws when the backup holds migrations this version does not know. Returns rows loaded. */
export async function logicalRestore(url: string, file: string): Promise<number> {
  const header = await readLogicalHeader(file);
  const known = new Map(MIGRATIONS.map((m) => [m.name, m]));
  const unknown = header.migrations.filter((n) => !known.has(n));
  if (unknown.length) {
    throw new Error(`This backup was made by a newer version of the portal (unknown migrations: ${unknown.join(', ')}). Update the portal, then restore.`);
  }
  const base = dataSourceOptions(url, 1);
  // The schema as it was: the backup's migrations, in order.
  const ds = new DataSource({ ...base, migrations: header.migrations.map((n) => known.get(n) as Function), extra: { max: 1, application_name: 'ptp-db-restore' } });
  await ds.initialize();
  const qr = ds.createQueryRunner();
  try {
    await qr.startTransaction();
    await qr.query('DROP SCHEMA public CASCADE');
    await qr.query('CREATE SCHEMA public');
    const executor = new MigrationExecutor(ds, qr);
    executor.transaction = 'none';
    await executor.executePendingMigrations();
    await qr.query(`SET LOCAL session_replication_role = replica`);
    const tables = ((await qr.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)) as { tablename: string }[]).map((r) => `public.${ident(r.tablename)}`);
    if (tables.length) await qr.query(`TRUNCATE ${tables.join(', ')}`);
    let rows = 0;
    let target: { table: string; columns: string[] } | undefined;
    let batch: string[] = [];
    let bytes = 0;
    const flush = async () => {
      if (!target || !batch.length) return;
      const cols = target.columns.map(ident).join(', ');
      const t = `public.${ident(target.table)}`;
      await qr.query(`INSERT INTO ${t} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(null::${t}, $1::json)`, [`[${batch.join(',')}]`]);
      rows += batch.length;
      batch = [];
      bytes = 0;
    };
    for await (const l of lines(file)) {
      if (l.kind === 'T') {
        await flush();
        target = JSON.parse(l.body) as { table: string; columns: string[] };
      } else if (l.kind === 'R') {
        batch.push(l.body);
        bytes += l.body.length;
        if (bytes >= BATCH_BYTES) await flush();
      } else if (l.kind === 'S') {
        await flush();
        const s = JSON.parse(l.body) as { name: string; value: string | null };
        const seq = `public.${ident(s.name)}`;
        if (s.value === null) await qr.query(`SELECT setval($1::regclass, seqstart, false) FROM pg_sequence WHERE seqrelid = $1::regclass`, [seq]);
        else await qr.query(`SELECT setval($1::regclass, $2::bigint, true)`, [seq, s.value]);
      }
    }
    await flush();
    await qr.commitTransaction();
    return rows;
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw err;
  } finally {
    await qr.release();
    await ds.destroy();
  }
}
