/* The database commands behind `npm run db:*`: the same data source and the same embedded
 * default as the API (DATABASE_URL set: that server; not set: the embedded one in .data/). */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadEnv } from '../config/env';
import { createDataSource } from './data-source';
import { apiInUse, backupDatabase, backupsDir, confirm, latestBackup, restoreDatabase } from './backup';
import { dataRoot, describeError, ensureDatabase } from './embedded';
import { seedDemo } from './seed';

const USAGE = 'usage: cli.js migrate | revert | seed | reset | check-drift | generate <kebab-name> | backup [file] | restore [file] [--yes]';
const COMMANDS = ['migrate', 'revert', 'seed', 'reset', 'check-drift', 'generate', 'backup', 'restore'];

async function main(): Promise<number> {
  const [command, arg] = process.argv.slice(2);
  const logger = new Logger('db');
  if (!command || !COMMANDS.includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const env = loadEnv();
  if (command === 'restore' && !process.argv.includes('--yes') && !process.stdin.isTTY) {
    console.error('Refusing to restore without confirmation: a restore replaces ALL data in the database. Add --yes (npm run db:restore -- [file] --yes) to confirm when there is no terminal.');
    return 1;
  }
  const db = await ensureDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PTP_DATA_DIR, port: env.EMBEDDED_PG_PORT, logger, role: 'cli' });
  const ds = createDataSource(db.url, 2);
  try {
    if (command === 'backup' || command === 'restore') {
      const rest = process.argv.slice(3);
      const path = rest.find((a) => !a.startsWith('--'));
      const root = db.root ?? dataRoot(env.PTP_DATA_DIR);
      const log = (m: string) => logger.log(m);
      if (command === 'backup') {
        await backupDatabase({ url: db.url, root, binDir: db.binaries?.dir, target: path, log });
        return 0;
      }
      const file = path ? resolve(path) : latestBackup(root);
      if (!file || !existsSync(file)) {
        console.error(file ? `No such backup file: ${file}` : `No backup given and none in ${backupsDir(root)}. Usage: npm run db:restore -- <file> [--yes]`);
        return 2;
      }
      const busy = await apiInUse(db.url, db.embedded ? root : undefined);
      if (busy) {
        console.error(`Refusing to restore: ${busy}. Stop the portal first (Ctrl+C in its terminal), then run db:restore again.`);
        return 1;
      }
      const target = db.embedded ? `the embedded database in ${root}` : 'the database at DATABASE_URL';
      if (!rest.includes('--yes') && !(await confirm(`Replace ALL data in ${target} with ${file}?`))) {
        console.error('Restore cancelled; nothing was changed.');
        return 1;
      }
      await restoreDatabase({ url: db.url, file, binDir: db.binaries?.dir, log });
      await ds.initialize();
      const ran = await ds.runMigrations({ transaction: 'each' });
      if (ran.length) logger.log(`Brought the restored data up to this version: ${ran.map((m) => m.name).join(', ')}`);
      return 0;
    }
    if (db.sharedWith && (command === 'reset' || command === 'revert')) {
      console.error(`Refusing to ${command}: the portal (pid ${db.sharedWith}) is running on this database. Stop it first (Ctrl+C in its terminal).`);
      return 1;
    }
    await ds.initialize();
    switch (command) {
      case 'migrate': {
        const ran = await ds.runMigrations({ transaction: 'each' });
        logger.log(ran.length ? `Applied ${ran.map((m) => m.name).join(', ')}` : 'Database is up to date');
        break;
      }
      case 'revert':
        await ds.undoLastMigration({ transaction: 'each' });
        logger.log('Reverted the last migration');
        break;
      case 'seed':
        await ds.runMigrations({ transaction: 'each' });
        await seedDemo(ds, { today: env.DEMO_TODAY });
        logger.log('Demo data is in place');
        break;
      case 'reset':
        await ds.dropDatabase();
        await ds.runMigrations({ transaction: 'each' });
        await seedDemo(ds, { today: env.DEMO_TODAY });
        logger.log('Database dropped, migrated and seeded');
        break;
      case 'check-drift': {
        await ds.runMigrations({ transaction: 'each' });
        const sql = await ds.driver.createSchemaBuilder().log();
        if (sql.upQueries.length > 0) {
          console.error('The entities differ from the migrations. A migration would be generated with:');
          for (const q of sql.upQueries) console.error(`  ${q.query}`);
          return 1;
        }
        logger.log('Entities and migrations agree');
        break;
      }
      case 'generate': {
        if (!arg || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(arg)) {
          console.error(USAGE);
          return 2;
        }
        await ds.runMigrations({ transaction: 'each' });
        const sql = await ds.driver.createSchemaBuilder().log();
        if (sql.upQueries.length === 0) {
          logger.log('No changes: nothing to generate');
          break;
        }
        const stamp = Date.now();
        const className = arg.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()) + stamp;
        const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
        const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
        const down = [...sql.downQueries].reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
        const file = resolve(__dirname, '../../src/database/migrations', `${stamp}-${arg}.ts`);
        writeFileSync(
          file,
          `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
        );
        logger.log(`Wrote ${file}; add it to migrations/index.ts`);
        break;
      }
    }
    return 0;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(describeError(err));
    process.exit(1);
  },
);
