import { createDataSource } from '../src/database/data-source';

/** Migrates the run's database once. `npm test` provides a fresh one (tools/test-db.mjs). */
export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'Integration tests need a database: run them with `npm test`, or `node tools/test-db.mjs -- npx jest -c apps/api/jest.config.js` ' +
        '(set TEST_DATABASE_URL to use a PostgreSQL server instead of the embedded one).',
    );
  }
  const ds = createDataSource(url, 1);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
