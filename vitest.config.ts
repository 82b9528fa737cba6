import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** One project per side: plain Node for shared/ and electron/, jsdom for renderer components. */
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/bench/**/*.test.ts',
          ],
        },
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
