import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web app: sources in src/web, built into dist/web (served by src/http/web.ts). */
export default defineConfig({
  root: `${root}src/web`,
  plugins: [react()],
  build: { outDir: `${root}dist/web`, emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
