import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/** Where uploaded files live. One small interface, so an object store can replace the disk later. */
export abstract class FileStorage {
  abstract put(content: Buffer): Promise<string>;
  abstract open(key: string): Readable;
  abstract remove(key: string): Promise<void>;
}

/** Files on disk outside the web root, each under a random name (never the uploader's name). */
export class DiskFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  private path(key: string): string {
    if (!/^[a-f0-9]{2}\/[a-f0-9]{40}$/.test(key)) throw new Error('invalid storage key');
    return join(this.root, key);
  }

  async put(content: Buffer): Promise<string> {
    const name = randomBytes(20).toString('hex');
    const key = `${name.slice(0, 2)}/${name}`;
    await mkdir(join(this.root, name.slice(0, 2)), { recursive: true, mode: 0o700 });
    await writeFile(this.path(key), content, { mode: 0o600, flag: 'wx' });
    return key;
  }

  open(key: string): Readable {
    return createReadStream(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

export function uploadsDir(dataDir: string | undefined): string {
  return resolve(dataDir ?? resolve(__dirname, '../../../../../.data'), 'uploads');
}
