/**
 * Reading rooms and their approved loans. Room Features are built by PostGIS
 * as JSON text, like initiatives. Loans leave this file as bare intervals:
 * who asked and why never reaches a public answer.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { selectFeaturePage } from '../shared/feature-page.js'
import type { Bbox } from '../shared/bbox.js'
import { textArray } from '../shared/sql.js'

export interface RoomFilter {
  bbox?: Bbox
  /** Territory ids (`departement:37`); a room in any of them matches. */
  territories?: string[]
  capacityMin?: number
  /** Equipment slugs; a room must have all of them. */
  equipment?: string[]
  stepFree?: boolean
  free?: boolean
  /** Host organisations' ids; a room of any of them matches. */
  hosts?: string[]
  /** Hosts whose hidden rooms are listed too (the reader acts for them). */
  hiddenVisibleFor?: string[]
  /** Only rooms with no approved loan overlapping [from, to). */
  availableDuring?: { from: Date; to: Date }
  /** Keyset: only ids greater than this one. */
  after?: string
  /** Keyset backwards: the ids just below this one (still listed in id order). */
  before?: string
}

export interface BusyInterval { id: string; start: Date; end: Date }

export interface PublishedRoom {
  id: string
  name: string
  hostName: string
  /** Last change of the room or of any of its loans (asked or decided). */
  changedAt: Date
}

/** A room as a GeoJSON Feature (json). `r` is the room, `h` its host, `c` its commune. */
const publicFeature = sql`json_build_object(
  'type', 'Feature',
  'id', r.id,
  'geometry', ST_AsGeoJSON(r.location, 7)::json,
  'properties', json_build_object(
    'name', r.name,
    'description', r.description,
    'host_id', r.host_id,
    'host_name', h.name,
    'address', r.address,
    'commune', r.commune,
    'commune_name', c.name,
    'capacity', r.capacity,
    'surface', r.surface,
    'equipment', r.equipment,
    'step_free', r.step_free,
    'free', r.free,
    'conditions', r.conditions,
    'rules', r.rules,
    'status', r.status))`

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether an id can name a room at all: anything else names none, rather than failing the uuid cast. */
export const isRoomId = (id: string): boolean => UUID.test(id)

const fromRooms = sql`rooms r
  JOIN initiatives h ON h.id = r.host_id
  LEFT JOIN territories c ON c.id = 'commune:' || r.commune`

/** `[from, to)` as a range; instants travel as ISO text so both drivers bind them alike. */
const period = (from: Date, to: Date | null) =>
  sql`tstzrange(${from.toISOString()}::timestamptz, ${to === null ? null : to.toISOString()}::timestamptz, '[)')`

/** Half-open, like the exclusion constraint: a loan ending at 10:00 leaves 10:00 free. */
const approvedOverlapping = (room: SQL, from: Date, to: Date | null) => sql`
  l.room_id = ${room} AND l.status = 'approved'
  AND tstzrange(l.start, l."end", '[)') && ${period(from, to)}`

function conditions(filter: RoomFilter): SQL {
  const parts: SQL[] = [filter.hiddenVisibleFor?.length
    ? sql`(r.status = 'published' OR r.host_id::text = ANY(${textArray(filter.hiddenVisibleFor)}))`
    : sql`r.status = 'published'`]
  if (filter.hosts?.length) parts.push(sql`r.host_id::text = ANY(${textArray(filter.hosts)})`)
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox
    parts.push(sql`r.location && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`)
  }
  if (filter.territories?.length) parts.push(sql`r.territories && ${textArray(filter.territories)}`)
  if (filter.capacityMin !== undefined) parts.push(sql`r.capacity >= ${filter.capacityMin}`)
  if (filter.equipment?.length) parts.push(sql`r.equipment @> ${textArray(filter.equipment)}`)
  if (filter.stepFree !== undefined) parts.push(sql`r.step_free = ${filter.stepFree}`)
  if (filter.free !== undefined) parts.push(sql`r.free = ${filter.free}`)
  if (filter.availableDuring) {
    const { from, to } = filter.availableDuring
    parts.push(sql`NOT EXISTS (SELECT 1 FROM loans l WHERE ${approvedOverlapping(sql`r.id`, from, to)})`)
  }
  return sql.join(parts, sql` AND `)
}

export function createRoomRepository({ query }: Database) {
  return {
    /** A published room's name and description, for the preview of a shared link to its page. */
    async preview(id: string): Promise<{ title: string; description: string } | undefined> {
      const [row] = await query<{ title: string; description: string }>(sql`
        SELECT name AS title, description FROM rooms WHERE id = ${id}::uuid AND status = 'published'`)
      return row
    },

    /** Of these territory ids, the ones that name no territory (a filter on them is a mistake, not an empty list). */
    async unknownTerritories(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return []
      const rows = await query<{ id: string }>(sql`SELECT id FROM territories WHERE id = ANY(${textArray(ids)})`)
      const known = new Set(rows.map(({ id }) => id))
      return ids.filter((id) => !known.has(id))
    },

    /** One page of rooms (published, plus the hidden ones of `hiddenVisibleFor`): the features as a JSON array text, and the total. */
    listPublished: (filter: RoomFilter, limit: number) => selectFeaturePage(query, {
      feature: publicFeature, from: fromRooms, table: sql`rooms r`, alias: 'r',
      where: conditions(filter), after: filter.after, before: filter.before, limit,
    }),

    /**
     * A room as a Feature (JSON text) whatever its status, with its host and
     * status so the caller decides who may see a hidden one; undefined when unknown.
     */
    async findFeature(id: string): Promise<{ feature: string; hostId: string; published: boolean } | undefined> {
      if (!isRoomId(id)) return undefined
      const [row] = await query<{ feature: string; host_id: string; status: string }>(sql`
        SELECT ${publicFeature}::text AS feature, r.host_id, r.status FROM ${fromRooms}
        WHERE r.id = ${id}::uuid`)
      return row && { feature: row.feature, hostId: row.host_id, published: row.status === 'published' }
    },

    /** What the availability and the feed of a published room need; undefined when hidden or unknown. */
    async findPublished(id: string): Promise<PublishedRoom | undefined> {
      if (!isRoomId(id)) return undefined
      const [row] = await query<{ id: string; name: string; host_name: string; changed_ms: number }>(sql`
        SELECT r.id, r.name, h.name AS host_name,
          (extract(epoch FROM greatest(r.updated_at,
            (SELECT max(greatest(l.created_at, l.decided_at)) FROM loans l WHERE l.room_id = r.id))) * 1000)::float8 AS changed_ms
        FROM rooms r JOIN initiatives h ON h.id = r.host_id
        WHERE r.id = ${id}::uuid AND r.status = 'published'`)
      return row && { id: row.id, name: row.name, hostName: row.host_name, changedAt: new Date(row.changed_ms) }
    },

    /** The room's approved loans overlapping [from, to) — `to` null for no end — oldest first, times only. */
    async approvedLoans(roomId: string, from: Date, to: Date | null): Promise<BusyInterval[]> {
      const rows = await query<{ id: string; start_ms: number; end_ms: number }>(sql`
        SELECT l.id,
          (extract(epoch FROM l.start) * 1000)::float8 AS start_ms,
          (extract(epoch FROM l."end") * 1000)::float8 AS end_ms
        FROM loans l
        WHERE ${approvedOverlapping(sql`${roomId}::uuid`, from, to)}
        ORDER BY l.start, l.id`)
      return rows.map((row) => ({ id: row.id, start: new Date(row.start_ms), end: new Date(row.end_ms) }))
    },
  }
}

export type RoomRepository = ReturnType<typeof createRoomRepository>
