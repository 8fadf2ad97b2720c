import { defineConfig } from 'vite';

export default defineConfig({
  base: '/signage/',
  build: {
    outDir: 'dist', emptyOutDir: true, target: 'es2022', manifest: true,
    rollupOptions: {
      // The service worker is its own entry, at /signage/sw.js: its scope is the folder it is served from.
      input: { index: 'index.html', sw: 'src/sw.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
});
