import { defineConfig } from 'vitest/config';

// Unit and property tests only: Playwright's e2e/*.spec.ts must not be picked up here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
