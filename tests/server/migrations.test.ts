import { readdir } from 'node:fs/promises'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '../../db/client.js'
import { migrate, readMigrations } from '../../db/migrate.js'
import { createEmptyPostgresDatabase, type EmptyDatabase } from '../helpers/empty-database.js'
import { ENGINE } from '../helpers/engine.js'

/** Names of the migration files, as the journal should list them. */
async function migrationFiles(): Promise<string[]> {
  const files = await readdir(new URL('../../migrations/', import.meta.url))
  return files.filter((f) => f.endsWith('.sql')).map((f) => f.replace(/\.sql$/, '')).sort()
}

/** A brand-new database of the engine under test, not migrated. */
async function openEmpty(): Promise<{ database: Database; url?: string; drop(): Promise<void> }> {
  if (ENGINE === 'pglite') {
    const database = await createDatabase({})
    return { database, drop: () => database.close() }
  }
  const empty: EmptyDatabase = await createEmptyPostgresDatabase()
  const database = await createDatabase({ databaseUrl: empty.url, maxConnections: 2 })
  return {
    database,
    url: empty.url,
    drop: async () => {
      await database.close()
      await empty.drop()
    },
  }
}

describe('migrations on a brand-new database', () => {
  let fresh: Awaited<ReturnType<typeof openEmpty>>
  let firstRun: string[]
  let secondRun: string[]
  beforeAll(async () => {
    fresh = await openEmpty()
    firstRun = await migrate(fresh.database)
    secondRun = await migrate(fresh.database)
  }, 300_000) // a fresh PGlite boots PostGIS and migrates in ~20 s, several times that on a busy machine
  afterAll(async () => { await fresh?.drop() })

  it('applies every migration file of migrations/, in order, on the first run', async () => {
    const files = await migrationFiles()
    expect(files.length).toBeGreaterThan(0)
    expect(firstRun).toEqual(files)
    expect((await readMigrations()).map((m) => m.name)).toEqual(files)
  })

  it('applies nothing on a second run and records each migration once', async () => {
    expect(secondRun).toEqual([])
    const rows = await fresh.database.query<{ name: string }>(sql`SELECT name FROM archipel_migrations ORDER BY name`)
    expect(rows.map((r) => r.name)).toEqual(await migrationFiles())
  })

  it('installs the extensions postgis, btree_gist, pg_trgm and unaccent', async () => {
    const rows = await fresh.database.query<{ extname: string }>(sql`SELECT extname FROM pg_extension`)
    expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['postgis', 'btree_gist', 'pg_trgm', 'unaccent']))
  })

  it('gives every geometry column a GiST index', async () => {
    const columns = await fresh.database.query<{ table_name: string; column_name: string; gist: boolean }>(sql`
      SELECT g.f_table_name AS table_name, g.f_geometry_column AS column_name,
        EXISTS (
          SELECT 1
          FROM pg_index x
          JOIN pg_class ic ON ic.oid = x.indexrelid
          JOIN pg_am am ON am.oid = ic.relam
          JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY (x.indkey::int2[])
          WHERE x.indrelid = format('%I.%I', g.f_table_schema, g.f_table_name)::regclass
            AND a.attname = g.f_geometry_column
            AND am.amname = 'gist'
        ) AS gist
      FROM geometry_columns g
      ORDER BY 1, 2`)
    // The places of the schema are there, so the check below is not vacuous.
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`))
      .toEqual(expect.arrayContaining(['events.location', 'initiatives.location', 'rooms.location']))
    expect(columns.filter((c) => !c.gist)).toEqual([])
  })
})

describe('two servers migrating the same empty database at once', () => {
  let target: EmptyDatabase | undefined
  const opened: Database[] = []
  afterAll(async () => {
    for (const database of opened) await database.close()
    await target?.drop()
  })

  it.skipIf(ENGINE === 'pglite')('lets both succeed and records the migrations once (advisory lock)', async () => {
    target = await createEmptyPostgresDatabase()
    const [a, b] = [
      await createDatabase({ databaseUrl: target.url, maxConnections: 1 }),
      await createDatabase({ databaseUrl: target.url, maxConnections: 1 }),
    ]
    opened.push(a, b)
    const [appliedByA, appliedByB] = await Promise.all([migrate(a), migrate(b)])

    const files = await migrationFiles()
    // One of them did all the work; the other waited and found nothing left.
    expect([appliedByA, appliedByB].map((list) => list.length).sort()).toEqual([0, files.length])
    expect([...appliedByA, ...appliedByB]).toEqual(files)
    const rows = await a.query<{ name: string; n: number }>(sql`
      SELECT name, count(*)::int AS n FROM archipel_migrations GROUP BY name ORDER BY name`)
    expect(rows).toEqual(files.map((name) => ({ name, n: 1 })))
  }, 60_000)
})
