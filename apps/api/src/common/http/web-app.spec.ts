import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import compression from 'compression';
import express from 'express';
import { acceptedEncodings, IMMUTABLE, precompressedAssets, webCacheHeaders } from './web-app';

describe('acceptedEncodings', () => {
  it('reads the encodings a browser accepts, leaving out those refused with q=0', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
    expect([...acceptedEncodings('br;q=0, GZIP;q=0.5')]).toEqual(['gzip']);
    expect([...acceptedEncodings('br; q=0.000, gzip')]).toEqual(['gzip']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});

describe('precompressedAssets', () => {
  const script = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;
  let root: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ptp-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'app-1a2b.js'), script);
    writeFileSync(join(root, 'assets', 'app-1a2b.js.br'), brotliCompressSync(script));
    writeFileSync(join(root, 'assets', 'app-1a2b.js.gz'), gzipSync(script));
    writeFileSync(join(root, 'assets', 'only-plain-3c4d.js'), script);
    const app = express();
    app.use(precompressedAssets(root), compression(), express.static(root, { setHeaders: webCacheHeaders(root) }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding?: string, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  it("sends the build's brotli file to a browser that accepts brotli, as JavaScript that caches for a year", async () => {
    const res = await get('/assets/app-1a2b.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends the gzip file when brotli is not accepted, and the plain file when nothing is', async () => {
    const gzip = await get('/assets/app-1a2b.js', 'br;q=0, gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await get('/assets/app-1a2b.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('answers HEAD with the headers alone', async () => {
    const res = await get('/assets/app-1a2b.js', 'br', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBe(0);
  });

  it('compresses on the fly an asset the build left without compressed files, and never serves outside /assets', async () => {
    const res = await get('/assets/only-plain-3c4d.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(script);
    expect((await get('/assets/..%2Findex.html', 'br')).headers['content-encoding']).toBeUndefined();
    expect((await get('/assets/no-such-file.js', 'br')).status).toBe(404);
  });
});
