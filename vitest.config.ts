import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests share one PostgreSQL server and one Chromium binary; two workers match the machine.
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
