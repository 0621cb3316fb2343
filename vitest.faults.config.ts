import { defineConfig } from 'vitest/config';

/**
 * Fault and scale tests (`npm run test:faults`): they start their own redis-servers (a Cluster,
 * restarts) and server processes, so they run one file at a time, apart from the main suite.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
