/**
 * Reading the agenda: published and cancelled events (pending and rejected
 * ones are never read here), programmes, and the names a filter refers to.
 * Candidate events are selected in SQL by their first start and the end of
 * their last occurrence; their recurrences are expanded by the caller.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { textArray } from '../shared/sql.js'
import type { EventFilter, TimeWindow } from './filters.js'
import type { Programme } from './schemas.js'

/** A public event as read from the database; times as instants. */
export interface EventRow {
  id: string
  title: string
  description: string
  start: Date
  end: Date
  all_day: boolean
  timezone: string
  rrule: string | null
  exdates: string[]
  kind: string
  categories: string[]
  /** French labels of the categories, in the taxonomy's order. */
  category_labels: string[]
  organiser_id: string | null
  organiser_name: string
  room_id: string | null
  /** [longitude, latitude]; null for an online event. */
  point: [number, number] | null
  address: string
  commune: string | null
  commune_name: string | null
  online_url: string | null
  free: boolean
  price: string
  registration_url: string | null
  accessibility: string
  programmes: string[]
  status: 'published' | 'cancelled'
  sequence: number
  created_at: Date
  updated_at: Date
}

/** Names of what a filter refers to, keyed by slug or id; what the database does not know is absent. */
export interface FilterNames {
  categories: Map<string, string>
  territories: Map<string, string>
  programmes: Map<string, string>
  organisers: Map<string, string>
}

/** Instants travel as epoch milliseconds: the two drivers do not parse `timestamptz` alike. */
const millis = (column: string) => sql.raw(`(extract(epoch FROM ${column}) * 1000)::float8`)

const PUBLIC_ROW = sql`
  e.id::text AS id, e.title, e.description, ${millis('e.start')} AS start_ms, ${millis('e."end"')} AS end_ms,
  e.all_day, e.timezone, e.rrule, e.exdates, e.kind, e.categories,
  e.organiser_id::text AS organiser_id, e.organiser_name, e.room_id::text AS room_id,
  ST_X(e.location) AS lon, ST_Y(e.location) AS lat,
  e.address, e.commune, t.name AS commune_name, e.online_url, e.free, e.price, e.registration_url, e.accessibility,
  ARRAY(SELECT ep.programme_slug FROM event_programmes ep WHERE ep.event_id = e.id ORDER BY ep.programme_slug) AS programmes,
  e.status, e.sequence, ${millis('e.created_at')} AS created_ms, ${millis('e.updated_at')} AS updated_ms`

const PUBLIC_FROM = sql`events e LEFT JOIN territories t ON t.id = 'commune:' || e.commune`

type RawRow = Omit<EventRow, 'start' | 'end' | 'created_at' | 'updated_at' | 'point' | 'category_labels'> & {
  start_ms: number; end_ms: number; created_ms: number; updated_ms: number; lon: number | null; lat: number | null
}

type Labels = Map<string, { label: string; index: number }>

const toEventRow = (labels: Labels) => ({ start_ms, end_ms, created_ms, updated_ms, lon, lat, ...row }: RawRow): EventRow => {
  const known = row.categories.flatMap((slug) => labels.get(slug) ?? [])
  return {
    ...row,
    category_labels: known.sort((a, b) => a.index - b.index).map(({ label }) => label),
    start: new Date(Number(start_ms)),
    end: new Date(Number(end_ms)),
    created_at: new Date(Number(created_ms)),
    updated_at: new Date(Number(updated_ms)),
    point: lon === null || lat === null ? null : [Number(lon), Number(lat)],
  }
}

function conditions(filter: EventFilter): SQL[] {
  const parts: SQL[] = []
  if (filter.categories.length > 0) parts.push(sql`e.categories && ${textArray(filter.categories)}`)
  if (filter.kinds.length > 0) parts.push(sql`e.kind = ANY(${textArray(filter.kinds)})`)
  if (filter.territories.length > 0) parts.push(sql`e.territories && ${textArray(filter.territories)}`)
  if (filter.organisers.length > 0) parts.push(sql`e.organiser_id = ANY(${textArray(filter.organisers)}::uuid[])`)
  if (filter.programmes.length > 0) {
    parts.push(sql`EXISTS (SELECT 1 FROM event_programmes ep
      WHERE ep.event_id = e.id AND ep.programme_slug = ANY(${textArray(filter.programmes)}))`)
  }
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox
    parts.push(sql`e.location && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`)
  }
  if (filter.tsquery) parts.push(sql`e.search @@ to_tsquery('archipel_search', ${filter.tsquery})`)
  return parts
}

export function createEventRepository({ query }: Database) {
  /** The taxonomy's labels in its order, read once per answer rather than once per event (measured: a tenth of a 10,000-event feed). */
  const categoryLabels = async () => new Map((await query<{ slug: string; label: string }>(sql`
    SELECT slug, label FROM categories ORDER BY position, slug`)).map(({ slug, label }, index) => [slug, { label, index }]))

  return {
    /** A public event's title and description (a cancelled one keeps its page), for the preview of a shared link. */
    async preview(id: string): Promise<{ title: string; description: string } | undefined> {
      const [row] = await query<{ title: string; description: string }>(sql`
        SELECT title, description FROM events WHERE id = ${id}::uuid AND status IN ('published', 'cancelled')`)
      return row
    },

    /**
     * Public events that may have an occurrence in the window, by first start.
     * Cancelled ones are kept, or only those cancelled after `cancelledAfter`.
     */
    async candidates(filter: EventFilter, window: TimeWindow, options: { cancelledAfter?: Date } = {}): Promise<EventRow[]> {
      const status = options.cancelledAfter
        ? sql`(e.status = 'published' OR (e.status = 'cancelled' AND e.updated_at > ${options.cancelledAfter.toISOString()}::timestamptz))`
        : sql`e.status IN ('published', 'cancelled')`
      const parts = [
        status,
        sql`(e.last_end IS NULL OR e.last_end > ${window.from.toISOString()}::timestamptz)`,
        ...(window.to ? [sql`e.start < ${window.to.toISOString()}::timestamptz`] : []),
        ...conditions(filter),
      ]
      const rows = await query<RawRow>(sql`
        SELECT ${PUBLIC_ROW} FROM ${PUBLIC_FROM} WHERE ${sql.join(parts, sql` AND `)} ORDER BY e.start, e.id`)
      return rows.map(toEventRow(await categoryLabels()))
    },

    /**
     * A page of published events (not their occurrences) in id order, after or
     * before an id, with how many match in all. An event matches a period when
     * its span — first start to end of its last occurrence, open when the
     * recurrence never ends — meets the closed period [from, to].
     */
    async publishedPage(filter: EventFilter, period: { from?: Date; to?: Date }, limit: number,
      keyset: { after?: string; before?: string }): Promise<{ rows: EventRow[]; matched: number; more: boolean }> {
      const parts = [
        sql`e.status = 'published'`,
        ...(period.from ? [sql`(e.last_end IS NULL OR e.last_end > ${period.from.toISOString()}::timestamptz)`] : []),
        ...(period.to ? [sql`e.start <= ${period.to.toISOString()}::timestamptz`] : []),
        ...conditions(filter),
      ]
      const where = sql.join(parts, sql` AND `)
      const page = keyset.before ? sql`AND e.id < ${keyset.before}::uuid ORDER BY e.id DESC`
        : keyset.after ? sql`AND e.id > ${keyset.after}::uuid ORDER BY e.id` : sql`ORDER BY e.id`
      // One row more than the page tells whether another lies that way.
      const read = await query<RawRow>(sql`SELECT ${PUBLIC_ROW} FROM ${PUBLIC_FROM} WHERE ${where} ${page} LIMIT ${limit + 1}`)
      const rows = read.slice(0, limit)
      const [count] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM events e WHERE ${where}`)
      const labels = await categoryLabels()
      return {
        rows: rows.map(toEventRow(labels)).sort((a, b) => compareText(a.id, b.id)), matched: count?.n ?? 0, more: read.length > limit,
      }
    },

    /** A published or cancelled event; undefined for any other (the id must be a UUID). */
    async findPublic(id: string): Promise<EventRow | undefined> {
      const [row] = await query<RawRow>(sql`
        SELECT ${PUBLIC_ROW} FROM ${PUBLIC_FROM}
        WHERE e.id = ${id}::uuid AND e.status IN ('published', 'cancelled')`)
      return row && toEventRow(await categoryLabels())(row)
    },

    /** Programmes, latest first, each with its number of published events. */
    async programmes(slug?: string): Promise<Programme[]> {
      return query<Programme>(sql`
        SELECT p.slug, p.title, p.description, p.start_date::text AS start_date, p.end_date::text AS end_date,
          (SELECT count(*)::int FROM event_programmes ep JOIN events e ON e.id = ep.event_id
           WHERE ep.programme_slug = p.slug AND e.status = 'published') AS event_count
        FROM programmes p
        ${slug === undefined ? sql`` : sql`WHERE p.slug = ${slug}`}
        ORDER BY p.start_date DESC, p.slug`)
    },

    async filterNames(filter: EventFilter): Promise<FilterNames> {
      const pairs = async (statement: SQL, wanted: string[]) => new Map(wanted.length === 0 ? []
        : (await query<{ key: string; name: string }>(statement)).map(({ key, name }) => [key, name]))
      return {
        categories: await pairs(sql`SELECT slug AS key, label AS name FROM categories
          WHERE slug = ANY(${textArray(filter.categories)})`, filter.categories),
        territories: await pairs(sql`SELECT id AS key, name FROM territories
          WHERE id = ANY(${textArray(filter.territories)})`, filter.territories),
        programmes: await pairs(sql`SELECT slug AS key, title AS name FROM programmes
          WHERE slug = ANY(${textArray(filter.programmes)})`, filter.programmes),
        organisers: await pairs(sql`SELECT id::text AS key, name FROM initiatives
          WHERE id = ANY(${textArray(filter.organisers)}::uuid[]) AND status = 'published'`, filter.organisers),
      }
    },
  }
}

/** Uuid text order, as PostgreSQL sorts uuids. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export type EventRepository = ReturnType<typeof createEventRepository>
