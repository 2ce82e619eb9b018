import { pathToFileURL } from 'node:url';
import { constants as vmConstants, runInThisContext } from 'node:vm';
import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };

export type { OpenIdClient };

/** A real dynamic import(): TypeScript and swc leave code built by `new Function` alone. */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/** Dynamic import() refused by the host: Jest runs modules in a vm context without an import callback. */
const NO_IMPORT_CALLBACK = new Set(['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG']);

async function importEsm(url: string): Promise<unknown> {
  try {
    return await nativeImport(url);
  } catch (err) {
    if (!NO_IMPORT_CALLBACK.has((err as { code?: string }).code ?? '')) throw err;
    // Import it in Node's main context instead, with Node's own loader.
    const mainContextImport = runInThisContext('(url) => import(url)', { importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER }) as (url: string) => Promise<unknown>;
    return mainContextImport(url);
  }
}

let loaded: Promise<typeof OpenIdClient> | undefined;

/**
 * openid-client (v6) is ESM-only and the API is CommonJS: it is loaded once, on first use, with a
 * dynamic import() of the resolved file. The built app imports it natively; under Jest, whose module
 * loader cannot load ESM, the import runs in Node's main context, so the tests run the same library.
 */
export function loadOpenIdClient(): Promise<typeof OpenIdClient> {
  loaded ??= importEsm(pathToFileURL(require.resolve('openid-client')).href).then((m) => m as typeof OpenIdClient);
  return loaded;
}
