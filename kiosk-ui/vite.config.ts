import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/kiosk/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The bench follows the entry's static imports in the manifest to count what /kiosk/ loads first.
    manifest: true,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        status: resolve(import.meta.dirname, 'status.html'),
        book: resolve(import.meta.dirname, 'book.html'),
        jobs: resolve(import.meta.dirname, 'jobs.html'),
        track: resolve(import.meta.dirname, 'track.html'),
      },
    },
  },
});
