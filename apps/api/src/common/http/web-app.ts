import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import compression from 'compression';
import type { Response } from 'express';

/** Vite names every file under /assets after a hash of its content: a new release is a new URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current release's assets, so the browser revalidates it on every visit. */
export const REVALIDATE = 'no-cache';

/**
 * Cache-Control for a file the web app serves. Called for static files and for the SPA fallback (index.html for
 * every client route), before `send` would set its own `max-age=0`.
 */
export function webCacheHeaders(root: string) {
  const assets = resolve(root, 'assets') + sep;
  return (res: Response, path: string) => {
    res.setHeader('Cache-Control', resolve(path).startsWith(assets) ? IMMUTABLE : REVALIDATE);
  };
}

/**
 * Compresses every compressible response of the process (brotli when the client accepts it, else gzip): the web app's
 * JS/CSS/HTML, GraphQL JSON and CSV exports alike. Middleware rather than pre-compressed files at build time, because
 * the API's own answers (large rosters and reports) are text too and benefit as much as the bundle.
 */
@Module({})
export class CompressionModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(compression()).forRoutes('{*path}');
  }
}

// From apps/api/dist/common/http to apps/web/dist.
/** The built web app (apps/web/dist, or WEB_DIST_DIR) with its cache headers, when it exists; compression always. */
export function webApp(dir: string | undefined): DynamicModule[] {
  const compressionModule: DynamicModule = { module: CompressionModule };
  const root = resolve(dir ?? resolve(__dirname, '../../../../web/dist'));
  if (!existsSync(resolve(root, 'index.html'))) return [compressionModule];
  return [
    compressionModule,
    ServeStaticModule.forRoot({
      rootPath: root,
      exclude: ['/graphql', '/health', '/api/{*path}'],
      serveStaticOptions: { setHeaders: webCacheHeaders(root) },
    }),
  ];
}
