/**
 * The `dechaff` command (the package's "bin", built to dist/cli.js): it starts the CLI built as
 * CommonJS next to it (dist/cli.cjs, from src/cli/main.ts), which loads faster than the same
 * program as an ES module (see tsup.config.ts).
 */
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./cli.cjs');
