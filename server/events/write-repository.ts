/**
 * Writing the agenda: what a proposal refers to (rooms, initiatives,
 * communes, categories, programmes), an event of any status as stored, and
 * the inserts and updates of events with their programmes, each in one
 * transaction. The only SQL of the agenda's writes.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.js'
import { textArray } from '../shared/sql.js'
import type { EventDraft } from './write-validation.js'

/** A place as stored: a room's, an initiative's, a free one, or online (no point). */
export interface ResolvedPlace {
  room_id: string | null
  point: [number, number] | null
  address: string
  commune: string | null
  online_url: string | null
}

export interface PlaceSource {
  id: string
  name: string
  point: [number, number]
  address: string
  commune: string | null
  /** The initiative hosting a room, or the initiative itself. */
  host_id: string
}

/** An event of any status, as stored. */
export interface StoredEvent extends Omit<EventDraft, 'last_end' | 'organiser_name'>, ResolvedPlace {
  id: string
  organiser_name: string
  status: 'pending' | 'published' | 'cancelled' | 'rejected'
  sequence: number
}

export interface WriteMeta {
  status: 'pending' | 'published'
  proposer_account_id: string | null
  proposer_email: string | null
  at: Date
}

type PointRow = { lon: number | null; lat: number | null }
const pointOf = ({ lon, lat }: PointRow): [number, number] | null => (lon === null || lat === null ? null : [Number(lon), Number(lat)])
const millis = (column: string) => sql.raw(`(extract(epoch FROM ${column}) * 1000)::float8`)

export function createEventWriteRepository({ db, query }: Database) {
  /** The SQL of each stored column of a checked event in its place. */
  function columns(draft: EventDraft, organiserName: string, place: ResolvedPlace): Record<string, SQL> {
    const point = place.point ? sql`ST_SetSRID(ST_MakePoint(${place.point[0]}, ${place.point[1]}), 4326)` : sql`NULL`
    return {
      title: sql`${draft.title}`,
      description: sql`${draft.description}`,
      start: sql`${draft.start.toISOString()}::timestamptz`,
      '"end"': sql`${draft.end.toISOString()}::timestamptz`,
      all_day: sql`${draft.all_day}`,
      timezone: sql`${draft.timezone}`,
      rrule: sql`${draft.rrule}`,
      exdates: textArray(draft.exdates),
      last_end: sql`${draft.last_end?.toISOString() ?? null}::timestamptz`,
      kind: sql`${draft.kind}`,
      categories: textArray(draft.categories),
      organiser_id: sql`${draft.organiser_id}::uuid`,
      organiser_name: sql`${organiserName}`,
      room_id: sql`${place.room_id}::uuid`,
      location: point,
      address: sql`${place.address}`,
      commune: sql`${place.commune}`,
      territories: place.commune ? sql`archipel_territories_of(${place.commune})` : sql`'{}'::text[]`,
      online_url: sql`${place.online_url}`,
      free: sql`${draft.free}`,
      price: sql`${draft.price}`,
      registration_url: sql`${draft.registration_url}`,
      accessibility: sql`${draft.accessibility}`,
    }
  }

  async function setProgrammes(eventId: string, slugs: string[], tx: Db) {
    await query(sql`DELETE FROM event_programmes WHERE event_id = ${eventId}::uuid`, tx)
    if (slugs.length === 0) return
    await query(sql`INSERT INTO event_programmes (event_id, programme_slug)
      SELECT ${eventId}::uuid, unnest(${textArray(slugs)})`, tx)
  }

  /** Those of `wanted` that `table`'s `key` column does not hold. */
  async function missing(statement: (values: SQL) => SQL, wanted: string[]): Promise<string[]> {
    if (wanted.length === 0) return []
    const known = new Set((await query<{ key: string }>(statement(textArray(wanted)))).map(({ key }) => key))
    return wanted.filter((value) => !known.has(value))
  }

  return {
    /** A published room as a place, with its host. */
    async room(id: string): Promise<PlaceSource | undefined> {
      const [row] = await query<Omit<PlaceSource, 'point'> & PointRow>(sql`
        SELECT id::text AS id, name, ST_X(location) AS lon, ST_Y(location) AS lat, address, commune, host_id::text AS host_id
        FROM rooms WHERE id = ${id}::uuid AND status = 'published'`)
      return row && { ...row, point: pointOf(row)! }
    },

    /** A published initiative as a place (its own host). */
    async initiative(id: string): Promise<PlaceSource | undefined> {
      const [row] = await query<Omit<PlaceSource, 'point'> & PointRow>(sql`
        SELECT id::text AS id, name, ST_X(location) AS lon, ST_Y(location) AS lat, address, commune, id::text AS host_id
        FROM initiatives WHERE id = ${id}::uuid AND status = 'published'`)
      return row && { ...row, point: pointOf(row)! }
    },

    unknownCategories: (slugs: string[]) => missing((values) => sql`SELECT slug AS key FROM categories WHERE slug = ANY(${values})`, slugs),
    unknownProgrammes: (slugs: string[]) => missing((values) => sql`SELECT slug AS key FROM programmes WHERE slug = ANY(${values})`, slugs),
    unknownCommunes: (codes: string[]) => missing((values) => sql`SELECT substr(id, 9) AS key FROM territories
      WHERE id = ANY(ARRAY(SELECT 'commune:' || code FROM unnest(${values}) AS code))`, codes),

    /** An event of any status; undefined when there is none with that id. */
    async find(id: string): Promise<StoredEvent | undefined> {
      const [row] = await query<Omit<StoredEvent, 'start' | 'end' | 'point'> & PointRow & { start_ms: number; end_ms: number }>(sql`
        SELECT e.id::text AS id, e.title, e.description, ${millis('e.start')} AS start_ms, ${millis('e."end"')} AS end_ms,
          e.all_day, e.timezone, e.rrule, e.exdates, e.kind, e.categories, e.organiser_id::text AS organiser_id, e.organiser_name,
          e.room_id::text AS room_id, ST_X(e.location) AS lon, ST_Y(e.location) AS lat, e.address, e.commune, e.online_url,
          e.free, e.price, e.registration_url, e.accessibility, e.status, e.sequence,
          ARRAY(SELECT ep.programme_slug FROM event_programmes ep WHERE ep.event_id = e.id ORDER BY ep.programme_slug) AS programmes
        FROM events e WHERE e.id = ${id}::uuid`)
      if (!row) return undefined
      const { start_ms, end_ms, lon, lat, ...rest } = row
      return { ...rest, start: new Date(Number(start_ms)), end: new Date(Number(end_ms)), point: pointOf({ lon, lat }) }
    },

    /** Stores a new event and its programmes; its id. */
    insert(draft: EventDraft, organiserName: string, place: ResolvedPlace, meta: WriteMeta): Promise<string> {
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        const values = {
          ...columns(draft, organiserName, place),
          status: sql`${meta.status}`,
          proposer_account_id: sql`${meta.proposer_account_id}::uuid`,
          proposer_email: sql`${meta.proposer_email}`,
          created_at: sql`${meta.at.toISOString()}::timestamptz`,
          updated_at: sql`${meta.at.toISOString()}::timestamptz`,
        }
        const [row] = await query<{ id: string }>(sql`
          INSERT INTO events (${sql.raw(Object.keys(values).join(', '))})
          VALUES (${sql.join(Object.values(values), sql`, `)}) RETURNING id::text AS id`, tx)
        await setProgrammes(row!.id, draft.programmes, tx)
        return row!.id
      })
    },

    /**
     * Replaces the event's fields and programmes, if it still has the status
     * read (a concurrent cancel wins); a published change raises SEQUENCE.
     * Whether it was updated.
     */
    update(id: string, expected: StoredEvent['status'], draft: EventDraft, organiserName: string, place: ResolvedPlace, at: Date): Promise<boolean> {
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        const assignments = Object.entries(columns(draft, organiserName, place)).map(([name, value]) => sql`${sql.raw(name)} = ${value}`)
        const updated = await query<{ id: string }>(sql`
          UPDATE events SET ${sql.join(assignments, sql`, `)},
            sequence = sequence + CASE WHEN status = 'published' THEN 1 ELSE 0 END,
            updated_at = ${at.toISOString()}::timestamptz
          WHERE id = ${id}::uuid AND status = ${expected} RETURNING id`, tx)
        if (updated.length === 0) return false
        await setProgrammes(id, draft.programmes, tx)
        return true
      })
    },

    /** Cancels a published event (SEQUENCE + 1); whether it was published. */
    async cancel(id: string, at: Date): Promise<boolean> {
      const rows = await query<{ id: string }>(sql`
        UPDATE events SET status = 'cancelled', sequence = sequence + 1, updated_at = ${at.toISOString()}::timestamptz
        WHERE id = ${id}::uuid AND status = 'published' RETURNING id`)
      return rows.length > 0
    },
  }
}

export type EventWriteRepository = ReturnType<typeof createEventWriteRepository>
