import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Three tiers, run separately by `npm test`: unit (the pure core, components in happy-dom), e2e
// (the built extension in a real Chromium against pages served on 127.0.0.1) and firefox (the
// core flows in a real Firefox).
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // A guard against hangs, not a speed requirement: CI machines are slow and shared.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: two cores, and each test file starts its own Chromium.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
