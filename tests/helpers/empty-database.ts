/**
 * PostgreSQL only: a brand-new, empty database on the test server (no
 * migrations, no extensions), for tests of what happens on a first start.
 * Dropped by `drop()`, even while connections to it are still open.
 */
import { randomBytes } from 'node:crypto'
import postgres from 'postgres'
import { TEST_DATABASE_URL, databaseUrl } from './engine.js'

export interface EmptyDatabase { url: string; drop(): Promise<void> }

export async function createEmptyPostgresDatabase(): Promise<EmptyDatabase> {
  const name = `archipel_test_empty_${randomBytes(6).toString('hex')}`
  await onServer((admin) => admin.unsafe(`CREATE DATABASE ${name}`))
  return {
    url: databaseUrl(name),
    drop: () => onServer((admin) => admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  }
}

async function onServer(run: (admin: postgres.Sql) => Promise<unknown>): Promise<void> {
  const admin = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} })
  try {
    await run(admin)
  } finally {
    await admin.end()
  }
}
