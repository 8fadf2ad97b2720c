import { defineConfig } from 'vite';

export default defineConfig({
  base: '/signage/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', manifest: true },
});
