/**
 * What the OGC collections' metadata reads of the data itself: the extent of
 * the published places and, for events, the span of their dates. The items
 * are read through each domain's own repository.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'

export type Bounds = [minLon: number, minLat: number, maxLon: number, maxLat: number]

/** From the first start to the end of the last occurrence; `to` null when a recurrence never ends. */
export interface DateSpan { from: Date; to: Date | null }

interface BoundsRow { min_lon: number | null; min_lat: number | null; max_lon: number | null; max_lat: number | null }

export function createOgcRepository({ query }: Database) {
  async function bounds(table: SQL): Promise<Bounds | undefined> {
    const [row] = await query<BoundsRow>(sql`
      SELECT ST_XMin(x.box)::float8 AS min_lon, ST_YMin(x.box)::float8 AS min_lat,
        ST_XMax(x.box)::float8 AS max_lon, ST_YMax(x.box)::float8 AS max_lat
      FROM (SELECT ST_Extent(t.location) AS box FROM ${table} t WHERE t.status = 'published') x`)
    if (!row || row.min_lon === null) return undefined
    return [Number(row.min_lon), Number(row.min_lat), Number(row.max_lon), Number(row.max_lat)]
  }

  return {
    initiativeBounds: () => bounds(sql`initiatives`),
    roomBounds: () => bounds(sql`rooms`),
    eventBounds: () => bounds(sql`events`),

    /** The dates of the published events; undefined when there is none. Instants travel as epoch milliseconds (both drivers alike). */
    async eventSpan(): Promise<DateSpan | undefined> {
      const [row] = await query<{ from_ms: number | null; to_ms: number | null; open: boolean | null }>(sql`
        SELECT (extract(epoch FROM min(start)) * 1000)::float8 AS from_ms,
          (extract(epoch FROM max(last_end)) * 1000)::float8 AS to_ms,
          bool_or(last_end IS NULL) AS open
        FROM events WHERE status = 'published'`)
      if (!row || row.from_ms === null) return undefined
      return { from: new Date(Number(row.from_ms)), to: row.open || row.to_ms === null ? null : new Date(Number(row.to_ms)) }
    },
  }
}

export type OgcRepository = ReturnType<typeof createOgcRepository>
