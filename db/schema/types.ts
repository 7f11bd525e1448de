/** Column types shared by the domain tables. */
import { sql } from 'drizzle-orm'
import { customType, timestamp } from 'drizzle-orm/pg-core'

/**
 * A point in WGS84 as `[longitude, latitude]`. A custom type because
 * drizzle-kit drops the SRID of its own `geometry` column.
 */
export const point = customType<{ data: [number, number]; driverData: string }>({
  dataType: () => 'geometry(Point,4326)',
  toDriver: ([lon, lat]) => sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)` as unknown as string,
  fromDriver: (hex) => parseEwkbPoint(hex),
})

/** Reads the hexadecimal (E)WKB of a point, as PostgreSQL sends a geometry. */
export function parseEwkbPoint(hex: string): [number, number] {
  const bytes = Buffer.from(hex, 'hex')
  const little = bytes[0] === 1
  const type = little ? bytes.readUInt32LE(1) : bytes.readUInt32BE(1)
  const offset = type & 0x20000000 ? 9 : 5 // EWKB carries a SRID after the type
  const read = (at: number) => (little ? bytes.readDoubleLE(at) : bytes.readDoubleBE(at))
  return [read(offset), read(offset + 8)]
}

/** A moment, always with its offset (`timestamptz`). */
export const moment = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

export const createdAt = () => moment('created_at').notNull().defaultNow()
export const updatedAt = () => moment('updated_at').notNull().defaultNow()

/** Full-text search vector, computed by PostgreSQL (see migrations: `archipel_search`). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * Search text of a row: accent- and case-insensitive, French words stemmed
 * (`archipel_search`, migrations 0000 and 0005), weighted so that a match in
 * the name ranks above one in the description.
 */
export const searchVector = (...weighted: [column: string, weight: 'A' | 'B' | 'C'][]) =>
  sql.raw(
    weighted
      .map(([column, weight]) => `setweight(to_tsvector('archipel_search', coalesce(${column}, '')), '${weight}')`)
      .join(' || '),
  )
