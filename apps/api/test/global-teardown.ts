/** The database is dropped by tools/test-db.mjs, which created it. */
export default async function globalTeardown(): Promise<void> {}
