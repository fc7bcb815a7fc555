import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/server/**'],
          environment: 'node',
          globalSetup: ['tests/sharedCheck.ts'],
          // Tests on real provinces take a second or two alone and ten times that on a busy 2-core machine: a
          // test asserts what it computes, not how fast (speed is the benchmarks' business).
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/database.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // After the unit tests: PostgreSQL and the engine on the same two cores made unit tests time out.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/serve.ts'],
          // The browser tests run last, one file at a time, not beside PostgreSQL and the engine busy on the same
          // two cores.
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
