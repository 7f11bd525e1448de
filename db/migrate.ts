/**
 * Applies the SQL migrations of `migrations/` (in the order of drizzle-kit's
 * journal) to either engine. All pending migrations run in one transaction
 * holding an advisory lock, so two servers starting together do not collide:
 * the second waits, then finds nothing left to do.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { sql } from 'drizzle-orm'
import type { Database } from './client.js'

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url)
/** Arbitrary constant naming the lock (pg_advisory_xact_lock takes a bigint). */
const MIGRATION_LOCK = 7_361_845_210

export interface Migration { name: string; hash: string; statements: string[] }

export async function readMigrations(): Promise<Migration[]> {
  const journal = JSON.parse(await readFile(new URL('meta/_journal.json', MIGRATIONS_DIR), 'utf8')) as {
    entries: { tag: string }[]
  }
  return Promise.all(journal.entries.map(async ({ tag }) => {
    const text = await readFile(new URL(`${tag}.sql`, MIGRATIONS_DIR), 'utf8')
    return {
      name: tag,
      hash: createHash('sha256').update(text).digest('hex'),
      statements: text.split('--> statement-breakpoint').map((s) => s.trim()).filter(Boolean),
    }
  }))
}

/** Applies what is missing; returns the names of the migrations it applied. */
export async function migrate({ db, query }: Database): Promise<string[]> {
  const migrations = await readMigrations()
  return db.transaction(async (tx) => {
    await query(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`, tx)
    await query(sql`CREATE TABLE IF NOT EXISTS archipel_migrations (
      name text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`, tx)
    const done = new Map(
      (await query<{ name: string; hash: string }>(sql`SELECT name, hash FROM archipel_migrations`, tx))
        .map((row) => [row.name, row.hash]),
    )
    const applied: string[] = []
    for (const migration of migrations) {
      const hash = done.get(migration.name)
      if (hash !== undefined) {
        if (hash !== migration.hash) {
          throw new Error(`Migration ${migration.name} was changed after it was applied; add a new migration instead`)
        }
        continue
      }
      for (const statement of migration.statements) await query(sql.raw(statement), tx)
      await query(sql`INSERT INTO archipel_migrations (name, hash) VALUES (${migration.name}, ${migration.hash})`, tx)
      applied.push(migration.name)
    }
    return applied
  })
}

/** Names of migrations in `migrations/` that the database has not applied (for /ready). */
/** SQLSTATE 42P01, on the error or a cause of it (Drizzle wraps the driver's). */
function isUndefinedTable(error: unknown): boolean {
  for (let current = error; typeof current === 'object' && current !== null; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === '42P01') return true
  }
  return false
}

export async function pendingMigrations({ query }: Database): Promise<string[]> {
  const migrations = await readMigrations()
  // No table yet means nothing is applied; any other error (a lost
  // database) is not an answer about migrations and goes to the caller.
  const rows = await query<{ name: string }>(sql`SELECT name FROM archipel_migrations`).catch((error: unknown) => {
    if (isUndefinedTable(error)) return []
    throw error
  })
  const done = new Set(rows.map((row) => row.name))
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name)
}
