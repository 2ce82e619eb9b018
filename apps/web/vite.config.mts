import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
