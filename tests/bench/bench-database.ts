/**
 * The database a benchmark runs on: a throw-away `archipel_bench_<random>`
 * database created on the PostgreSQL server of BENCH_DATABASE_URL (dropped
 * on close), else an in-memory PGlite. Filled with the territory reference
 * data and the synthetic generator's rows, timing each step.
 */
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import postgres from 'postgres'
import { createDatabase, type Database } from '../../db/client.js'
import { migrate } from '../../db/migrate.js'
import { generateSyntheticData, type SyntheticCounts } from '../../seed/synthetic/generate-data.js'
import { ensureReferenceData } from '../../server/territories/reference-data.js'

export interface BenchDatabase {
  database: Database
  /** Where it lives, for the report (never the server's credentials). */
  label: string
  close(): Promise<void>
}

export async function openBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  if (!serverUrl) return { database: await createDatabase({}), label: 'in-memory PGlite', close: async () => {} }
  const name = `archipel_bench_${randomBytes(5).toString('hex')}`
  await onServer(serverUrl, (admin) => admin.unsafe(`CREATE DATABASE ${name}`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const database = await createDatabase({ databaseUrl: url.toString() })
  let closed = false
  return {
    database,
    label: `PostgreSQL database ${name} on ${url.host}`,
    close: async () => {
      if (closed) return
      closed = true
      await database.close()
      await onServer(serverUrl, (admin) => admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
    },
  }
}

async function onServer(serverUrl: string, work: (admin: postgres.Sql) => Promise<unknown>): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  try {
    await work(admin)
  } finally {
    await admin.end()
  }
}

export interface LoadTimes { migrate: number; referenceData: number; generate: number; vacuum: number; counts: SyntheticCounts }

/** Migrates, loads the reference data and the synthetic rows, then vacuums and analyses them. */
export async function fillBenchDatabase(
  database: Database,
  sizes: { initiatives: number; events: number; rooms: number },
  onProgress: (message: string) => void,
): Promise<LoadTimes> {
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now()
    const result = await work()
    return [result, performance.now() - started]
  }
  const [, migrateMs] = await timed(() => migrate(database))
  const [, referenceMs] = await timed(() => ensureReferenceData(database))
  const [counts, generateMs] = await timed(() => generateSyntheticData(database, { ...sizes, seed: 1, onProgress }))
  // Freshly bulk-loaded tables have neither planner statistics nor a
  // visibility map (no index-only scans) until autovacuum passes; a running
  // instance has both, and that steady state is what is measured.
  const [, vacuumMs] = await timed(() => database.query(sql`VACUUM ANALYZE`))
  return { migrate: migrateMs, referenceData: referenceMs, generate: generateMs, vacuum: vacuumMs, counts }
}
