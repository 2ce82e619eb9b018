import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadEnv } from './config/env';
import { createDataSource } from './database/data-source';
import { describeError, ensureDatabase, RunningDatabase } from './database/embedded';
import { seedDemo } from './database/seed';
import { MailTransport } from './modules/mail/mail.transport';

/**
 * Starts the API (and the web app beside it). Flags: --migrate runs pending migrations first,
 * --seed puts the demo data in place (idempotent). Without DATABASE_URL an embedded PostgreSQL
 * is started, and stopped cleanly on exit.
 */
async function bootstrap() {
  const logger = new Logger('main');
  const env = loadEnv();
  const args = new Set(process.argv.slice(2));
  let db: RunningDatabase | undefined;
  let app: Awaited<ReturnType<typeof NestFactory.create>> | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.log(`${signal}: shutting down`);
    await app?.close().catch(() => undefined);
    await db?.stop().catch((err: unknown) => logger.error(`Stopping the database failed: ${describeError(err)}`));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    db = await ensureDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PTP_DATA_DIR, port: env.EMBEDDED_PG_PORT, logger, role: 'api', supervise: true });
    process.env.DATABASE_URL = db.url;
    if (args.has('--migrate') || args.has('--seed')) {
      const ds = createDataSource(db.url, 2);
      await ds.initialize();
      try {
        const ran = await ds.runMigrations({ transaction: 'each' });
        if (ran.length) logger.log(`Applied migrations: ${ran.map((m) => m.name).join(', ')}`);
        if (args.has('--seed')) await seedDemo(ds, { today: env.DEMO_TODAY });
      } finally {
        await ds.destroy();
      }
    }
    app = await NestFactory.create(AppModule.forRoot(), { bufferLogs: true });
    app.useLogger(app.get(PinoLogger));
    configureApp(app);
    await app.listen(env.PORT, env.HOST);
    const shownHost = env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
    logger.log(`Portal ready: open http://${shownHost}:${env.PORT}/  (GraphQL at /graphql; email goes to ${app.get(MailTransport).description})`);
  } catch (err) {
    await app?.close().catch(() => undefined);
    await db?.stop().catch(() => undefined);
    throw err;
  }
}

bootstrap().catch((err: unknown) => {
  console.error(describeError(err, true));
  process.exit(1);
});
