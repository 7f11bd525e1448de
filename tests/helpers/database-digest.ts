/**
 * A fingerprint of every row the app keeps, to prove that a refused request
 * changed nothing: one md5 per table of the public schema, over its rows in
 * a fixed order. Left out: PostGIS's own `spatial_ref_sys`, and the tables
 * that count requests rather than hold data (rate limits, whose counting of
 * refused attempts is the point; sessions, whose last use moves on reads).
 */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'

const NOT_DATA = new Set(['spatial_ref_sys', 'rate_limits', 'sessions'])

export async function databaseDigest(database: Pick<Database, 'query'>): Promise<string> {
  const tables = (await database.query<{ name: string }>(sql`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`))
    .map(({ name }) => name).filter((name) => !NOT_DATA.has(name))
  const parts = tables.map((name) => {
    const table = `"${name.replace(/"/g, '""')}"`
    return `'${name}:' || coalesce((SELECT md5(string_agg(r::text, E'\\n' ORDER BY r::text)) FROM ${table} r), '-')`
  })
  const [row] = await database.query<{ digest: string }>(sql.raw(`SELECT ${parts.join(` || ' ' || `)} AS digest`))
  return row!.digest
}
