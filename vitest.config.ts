import { defineConfig } from 'vitest/config';

// Tests import the TypeScript sources, except the CLI tests, which run the built binary.
// isolate: false — every test file otherwise re-imports data/model.json through Vite's JSON
// transform (~2 s a file); the suite has no shared mutable state (the default cleaner and model
// are read-only after creation), so files share one module graph per worker.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    isolate: false,
  },
});
