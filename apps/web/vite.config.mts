import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const gqlTypes = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/**
 * Production builds put each typed document into the module that uses it, instead of calling the
 * codegen's `graphql()`: that function's map of every document, and src/gql/graphql.ts itself, are
 * one module shared by every page, so all ~100 documents (~25 KB gzip) would load with the sign-in
 * page. The document inlined is the generated `XDocument` / `XFragmentDoc` constant `graphql()`
 * returns (with its fragments), so behaviour and types are unchanged; each chunk carries only its own.
 */
function inlineTypedDocuments(): Plugin {
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  let documents: Map<string, string> | undefined;
  const load = () => {
    documents = new Map();
    for (const m of readFileSync(gqlTypes, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) documents.set(m[1], m[2]);
    return documents;
  };
  return {
    name: 'ptp-inline-typed-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      if (!/\.(ts|tsx)$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const docs = documents ?? load();
      const out = new MagicString(code);
      for (const m of code.matchAll(call)) {
        const def = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/m.exec(m[1].replace(/#.*$/gm, ''));
        const name = def && (def[1] === 'fragment' ? `${def[2]}FragmentDoc` : `${def[2]}Document`);
        const json = name ? docs.get(name) : undefined;
        if (!json) throw new Error(`${id}: no generated document for this graphql() call (${name ?? 'unnamed'}); run \`npm run codegen -w @ptp/web\``);
        out.overwrite(m.index, m.index + m[0].length, `(${json})`);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * The built page's stylesheets stop blocking the first paint, so the loading shell (inline in index.html) shows at
 * once on a slow phone network instead of after ~100 KB of CSS that shares the line with the scripts: each becomes a
 * high-priority preload plus a `media="print"` stylesheet that main.tsx switches on before React's first render
 * (which waits for them: nothing shows unstyled). No inline handler: the CSP allows scripts from 'self' only.
 */
function nonBlockingStyles(): Plugin {
  return {
    name: 'ptp-non-blocking-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_all, href: string) =>
          `<link rel="preload" as="style" crossorigin href="${href}">\n    <link rel="stylesheet" crossorigin href="${href}" media="print" data-deferred-style>`),
    },
  };
}

/**
 * The app's own modules the entry (src/main.tsx) imports statically, found once the module graph is built: the `boot`
 * chunk below. They load with the sign-in page anyway; without the group each one that a lazily loaded page also
 * imports (a label list, a helper, a document a page preload starts) becomes a file of its own, one more request.
 */
function entryModules(): Plugin & { has: (id: string) => boolean } {
  let reachable = new Set<string>();
  return {
    name: 'ptp-entry-modules',
    apply: 'build',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => id.endsWith('/src/main.tsx'));
      reachable = new Set(entry ? [entry] : []);
      for (const id of reachable) for (const next of this.getModuleInfo(id)?.importedIds ?? []) reachable.add(next);
    },
    has: (id) => reachable.has(id) && !id.includes('/node_modules/'),
  };
}
const boot = entryModules();

/**
 * Every text asset of the build also as `.br` (brotli at its best setting) and `.gz`, which the API sends as they are to
 * a browser that accepts them (apps/api/src/common/http/web-app.ts): on a phone network brotli's files are ~15% smaller
 * than the gzip the server would make on the fly, and the server spends no CPU compressing them on every visit.
 */
function precompressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'ptp-precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    closeBundle() {
      const dir = join(outDir, 'assets');
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (!/\.(js|css|svg|json)$/.test(name) || statSync(path).size < 1024) continue;
        const content = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

const api = 'http://127.0.0.1:3000';

/** The Mantine components of the sign-in page and the providers around it (dialogs, toasts): the `ui` chunk below. */
const SIGN_IN_COMPONENTS = [
  'ActionIcon', 'Alert', 'Anchor', 'Button', 'Center', 'CloseButton', 'Code', 'Divider', 'FocusTrap', 'Group', 'Input', 'InputBase',
  'Loader', 'Modal', 'ModalBase', 'Notification', 'Overlay', 'Paper', 'PasswordInput', 'Portal', 'ScrollArea', 'Skeleton', 'Stack',
  'Text', 'TextInput', 'Title', 'Transition', 'UnstyledButton', 'VisuallyHidden',
];

/** The Mantine components the signed-in layout adds: the `AppLayout` chunk below. */
const LAYOUT_COMPONENTS = ['AppShell', 'Avatar', 'Burger', 'Collapse', 'Indicator', 'Menu', 'NavLink', 'Popover', 'Tooltip'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [inlineTypedDocuments(), react(), nonBlockingStyles(), boot, precompressAssets()],
  resolve: {
    alias: {
      '@ptp/shared': fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app, so the ones the first page needs whole (React and its router,
        // Apollo) get their own long-cached chunks. Only those: a group takes every matching module wherever it is
        // used, so a Mantine or catch-all "vendor" group would pull the components, charts and icons that only lazily
        // loaded pages use into the first download. The rest of node_modules splits along with the pages using it.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
            // What the sign-in page itself shows (Mantine's core, its form fields, buttons, dialogs and toasts, the
            // form library), as one chunk rather than a dozen small ones split by which later page also uses them.
            // Every module here is in the first download anyway; keep it to those (check with tools/web-size.mjs).
            {
              name: 'ui',
              test: new RegExp(
                [
                  String.raw`@mantine[\/]core[\/]esm[\/](core|components[\/](${SIGN_IN_COMPONENTS.join('|')}))[\/]`,
                  String.raw`@mantine[\/](hooks|modals|notifications|store)[\/]`,
                  String.raw`@tabler[\/]icons-react[\/]dist[\/]esm[\/](createReactComponent|defaultAttributes)\.`,
                  String.raw`(@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|react-transition-group|clsx|react-hook-form|@hookform[\/]resolvers|zod)[\/]`,
                ]
                  .map((p) => String.raw`node_modules[\/]${p}`)
                  .join('|'),
              ),
            },
            // The Mantine parts the signed-in shell (header, navigation, account menu, bell) adds, as one chunk: every
            // signed-in page loads all of them with the layout, so splitting them by which page also uses one (a menu,
            // a tooltip) only adds files.
            {
              name: 'shell',
              test: new RegExp(String.raw`node_modules[\/]@mantine[\/]core[\/]esm[\/]components[\/](${LAYOUT_COMPONENTS.join('|')})[\/]`),
            },
            // The app's modules of the first download that pages share (see entryModules): one file, not a dozen.
            { name: 'boot', test: (id: string) => boot.has(id) },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // Form tests type into many fields; under parallel load 5 s is too tight.
    testTimeout: 20_000,
  },
});
