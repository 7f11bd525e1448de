/**
 * One database interface over two engines: the embedded PGlite (+ PostGIS)
 * when no DATABASE_URL is given, a real PostgreSQL + PostGIS through the
 * `postgres` driver otherwise. Callers get a Drizzle database, a `query`
 * helper that returns plain rows on both engines, and the capabilities the
 * engine showed once at start.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import * as schema from './schema/index.js'

export type Schema = typeof schema
export type Db = PgDatabase<PgQueryResultHKT, Schema>

export interface Capabilities {
  engine: 'pglite' | 'postgres'
  postgresVersion: string
  postgisVersion: string
  /** ST_AsMVT works (PGlite's PostGIS is built without protobuf). */
  mvt: boolean
  /** Several connections may run at once (PGlite has a single one). */
  concurrentConnections: boolean
}

export interface Database {
  db: Db
  /** Runs SQL built with drizzle's `sql` tag and returns its rows. */
  query<T = Record<string, unknown>>(statement: SQL, on?: Db): Promise<T[]>
  engine: Capabilities['engine']
  /** PGlite only: the data folder as a tarball, to restart from it quickly. */
  dumpDataDir?: () => Promise<Blob>
  close(): Promise<void>
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined
  /** PGlite data folder; `undefined` keeps the database in memory. */
  dataDir?: string | undefined
  /** A PGlite data directory dump (from `dumpDataDir`) to start from. */
  loadDataDir?: Blob | File | undefined
  /** Pool size for PostgreSQL. */
  maxConnections?: number
}

export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.maxConnections ?? 10)
  return openPglite(options)
}

/** Seconds to open a connection before the request fails. */
const CONNECT_TIMEOUT_SECONDS = 5
/** No statement, nor transaction left idle, holds a connection longer. */
const STATEMENT_TIMEOUT_MS = 20_000

async function connectPostgres(url: string, max: number): Promise<Database> {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    // Every call has a deadline: a database that does not answer fails the
    // request (503, server/http/database-errors.ts) instead of holding it.
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
    connection: {
      // Answers never depend on the server's zone; set the session's anyway so
      // that a stray implicit cast behaves the same on both engines.
      TimeZone: 'UTC',
      application_name: 'archipel',
      statement_timeout: STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: STATEMENT_TIMEOUT_MS,
    },
  })
  const db = drizzlePostgres(client, { schema }) as unknown as Db
  const query = async <T>(statement: SQL, on: Db = db): Promise<T[]> =>
    (await on.execute(statement)) as unknown as T[]
  return { db, query, engine: 'postgres', close: () => client.end({ timeout: 5 }) }
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  // Loaded on demand: a server on PostgreSQL never loads the WASM engine.
  const [{ PGlite }, { postgis }, { btree_gist }, { pg_trgm }, { unaccent }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-postgis'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
  ])
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { postgis, btree_gist, pg_trgm, unaccent },
  })
  await client.exec(`SET TimeZone = 'UTC'`)
  const db = drizzlePglite(client, { schema }) as unknown as Db
  const query = async <T>(statement: SQL, on: Db = db): Promise<T[]> =>
    ((await on.execute(statement)) as unknown as { rows: T[] }).rows
  return {
    db,
    query,
    engine: 'pglite',
    dumpDataDir: () => client.dumpDataDir('gzip'),
    close: async () => { if (!client.closed) await client.close() },
  }
}

/** Asks the engine what it can do, once, after migrations installed PostGIS. */
export async function detectCapabilities({ query, engine }: Database): Promise<Capabilities> {
  const [version] = await query<{ pg: string }>(sql`SELECT current_setting('server_version') AS pg`)
  let postgisVersion = ''
  let mvt = false
  try {
    const [row] = await query<{ v: string }>(sql`SELECT postgis_lib_version() AS v`)
    postgisVersion = row?.v ?? ''
    await query(sql`SELECT ST_AsMVT(q) FROM (SELECT 1 AS a,
      ST_AsMVTGeom(ST_Point(0, 0, 3857), ST_MakeEnvelope(0, 0, 1, 1, 3857)) AS g) q`)
    mvt = true
  } catch {
    // PGlite's PostGIS is built without protobuf: tiles take the other path.
  }
  return {
    engine,
    postgresVersion: version?.pg ?? '',
    postgisVersion,
    mvt,
    concurrentConnections: engine === 'postgres',
  }
}
