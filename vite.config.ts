import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  // Only the worker imports these, so Vite would find them late and reload the page on the first `npm start`.
  optimizeDeps: { include: ['@turf/turf', 'kdbush'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
