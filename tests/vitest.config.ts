/**
 * `npm test`: every suite over a real migrated database — PGlite by default,
 * or PostgreSQL + PostGIS when TEST_DATABASE_URL names a server (each test
 * file then gets its own throw-away database, copied from a template).
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/bench/**', 'node_modules/**'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // One PGlite with PostGIS takes about 1.2 GB: two files at a time.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
})
