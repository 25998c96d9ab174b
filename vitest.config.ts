import { defineConfig } from 'vitest/config';

// Tests import the TypeScript sources, except the CLI tests, which run the built binary.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
