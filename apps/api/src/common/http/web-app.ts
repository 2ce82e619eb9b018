import { existsSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';

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

/** The encodings an Accept-Encoding header allows (q > 0), in lower case. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

/** Pre-compressed forms of a file, best first: the web build writes `.br` and `.gz` beside each text asset. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Sends a hashed asset's pre-compressed file (apps/web/vite.config.mts, precompressAssets) when the browser accepts its
 * encoding: brotli at its best setting is smaller than what `compression` makes on the fly, and costs no CPU per visit.
 * Anything else (no such file, another encoding, not under /assets) goes on to the static files and `compression`.
 */
export function precompressedAssets(root: string) {
  const assets = resolve(root, 'assets') + sep;
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    let file: string;
    try {
      file = resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next(); // a malformed escape: the static files answer it
    }
    if (!file.startsWith(assets)) return next();
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const found = PRECOMPRESSED.find(({ encoding, suffix }) => accepted.has(encoding) && existsSync(file + suffix));
    res.vary('Accept-Encoding');
    if (!found) return next();
    res.type(extname(file));
    res.setHeader('Content-Encoding', found.encoding);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.sendFile(file + found.suffix, { cacheControl: false }, (err) => {
      if (!err || res.headersSent) return;
      res.removeHeader('Content-Encoding'); // the file went away meanwhile: the static files answer uncompressed
      next();
    });
  };
}

export const WEB_ROOT = Symbol('WEB_ROOT');

/**
 * Compresses every compressible response of the process (brotli when the client accepts it, else gzip): GraphQL JSON,
 * CSV exports, index.html. The web app's hashed assets go out pre-compressed when the build made their files.
 */
@Module({})
export class CompressionModule implements NestModule {
  constructor(@Inject(WEB_ROOT) private readonly root: string | null) {}

  configure(consumer: MiddlewareConsumer) {
    if (this.root) consumer.apply(precompressedAssets(this.root), compression()).forRoutes('{*path}');
    else consumer.apply(compression()).forRoutes('{*path}');
  }
}

// From apps/api/dist/common/http to apps/web/dist.
/** The built web app (apps/web/dist, or WEB_DIST_DIR) with its cache headers, when it exists; compression always. */
export function webApp(dir: string | undefined): DynamicModule[] {
  const root = resolve(dir ?? resolve(__dirname, '../../../../web/dist'));
  const built = existsSync(resolve(root, 'index.html'));
  const compressionModule: DynamicModule = { module: CompressionModule, providers: [{ provide: WEB_ROOT, useValue: built ? root : null }] };
  if (!built) return [compressionModule];
  return [
    compressionModule,
    ServeStaticModule.forRoot({
      rootPath: root,
      exclude: ['/graphql', '/health', '/api/{*path}'],
      serveStaticOptions: { setHeaders: webCacheHeaders(root) },
    }),
  ];
}
