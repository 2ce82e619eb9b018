/* Restarts the embedded PostgreSQL when it dies under a running API: bounded retries with
 * exponential backoff, every attempt and its outcome logged. The API's pool reconnects by itself
 * (each new query opens a fresh connection once the server is back). */
import { Logger } from '@nestjs/common';
import { EmbeddedServer } from './embedded-server';

export interface SupervisorOptions {
  maxAttempts?: number;
  /** First delay; doubled after each failed attempt. */
  baseDelayMs?: number;
  /** Up this long after a restart: the attempt counter starts again from zero. */
  stableMs?: number;
}

export interface Supervisor {
  /** No more restarts (clean shutdown). */
  stop(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function supervise(server: EmbeddedServer, logger: Pick<Logger, 'log' | 'warn' | 'error'>, o: SupervisorOptions = {}): Supervisor {
  const maxAttempts = o.maxAttempts ?? 6;
  const baseDelayMs = o.baseDelayMs ?? 500;
  const stableMs = o.stableMs ?? 60_000;
  let stopped = false;
  let attempts = 0;
  let upSince = Date.now();

  server.onUnexpectedExit((reason) => {
    if (stopped) return;
    if (Date.now() - upSince >= stableMs) attempts = 0;
    logger.error(`Embedded PostgreSQL stopped unexpectedly (${reason}); restarting it.`);
    void (async () => {
      while (!stopped) {
        if (attempts >= maxAttempts) {
          logger.error(
            `Embedded PostgreSQL could not be restarted after ${maxAttempts} attempts; the portal answers 503 until it is restarted. Last lines of PostgreSQL's log:\n${server.log.text().replace(/^/gm, '  ')}`,
          );
          return;
        }
        attempts += 1;
        const delay = baseDelayMs * 2 ** (attempts - 1);
        logger.warn(`Restarting the embedded PostgreSQL in ${delay} ms (attempt ${attempts} of ${maxAttempts})`);
        await sleep(delay);
        if (stopped) return;
        try {
          await server.start();
          upSince = Date.now();
          logger.log(`Embedded PostgreSQL restarted (pid ${server.pid}, attempt ${attempts})`);
          return;
        } catch (err) {
          if (stopped) return; // shut down while it was starting
          logger.warn(`Restart attempt ${attempts} failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        }
      }
    })();
  });

  return {
    stop: () => {
      stopped = true;
    },
  };
}
