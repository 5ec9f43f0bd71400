import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web UI: built into dist/web, which `telltale serve` serves at / beside the API. */
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // `telltale serve --port 4170` in another terminal; the UI talks to nothing else.
    proxy: { '/api': 'http://127.0.0.1:4170' },
  },
});
