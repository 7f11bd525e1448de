/**
 * The moderation queue: pending revisions, reports and events in one list,
 * oldest first, read by one UNION query ordered by (created_at, id) so that
 * a keyset cursor pages through all kinds at once.
 */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { initiativeFieldsJson } from '../initiatives/write-repository.js'
import type { QueueItem, QueueKind, QueuePosition } from './schemas.js'
import { parisTimeSql } from '../shared/paris-time.js'

/** An item, and the exact time of its position in the queue. */
export type QueueRow = QueueItem & { position_time: string }

/** The exact creation time (UTC, to the microsecond): the cursor's key, finer than the second an answer shows. */
const exact = (column: string) => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`)

/** A pending event's fields, as proposed. */
const eventFieldsJson = sql`jsonb_build_object(
  'title', e.title, 'description', e.description, 'start', e.start, 'end', e."end", 'all_day', e.all_day,
  'timezone', e.timezone, 'rrule', e.rrule, 'exdates', to_jsonb(e.exdates), 'kind', e.kind,
  'categories', to_jsonb(e.categories), 'organiser_id', e.organiser_id, 'organiser_name', e.organiser_name,
  'room_id', e.room_id, 'address', e.address, 'commune', e.commune, 'online_url', e.online_url, 'free', e.free,
  'price', e.price, 'registration_url', e.registration_url, 'accessibility', e.accessibility,
  'programmes', (SELECT coalesce(jsonb_agg(ep.programme_slug ORDER BY ep.programme_slug), '[]'::jsonb)
                 FROM event_programmes ep WHERE ep.event_id = e.id),
  'geometry', ST_AsGeoJSON(e.location, 7)::jsonb)`

export function createQueueRepository({ query }: Database) {
  return {
    async page(kind: QueueKind | undefined, after: QueuePosition | undefined, limit: number): Promise<QueueRow[]> {
      const only = (k: QueueKind) => (kind === undefined || kind === k ? sql`TRUE` : sql`FALSE`)
      const keyset = after ? sql`WHERE (q.created, q.id) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``
      return query<QueueRow>(sql`
        SELECT q.kind, q.id::text AS id, json_build_object('type', q.target_type, 'id', q.target_id) AS target,
          ${parisTimeSql(sql`q.created`)} AS created_at, ${exact('q.created')} AS position_time,
          json_build_object('account_id', q.account_id, 'email', q.email) AS proposer,
          q.before, q.after, q.possible_duplicates
        FROM (
          SELECT 'revisions' AS kind, r.id, 'initiative' AS target_type, r.initiative_id AS target_id, r.created_at AS created,
            r.proposer_account_id AS account_id, r.proposer_email AS email, r.before, r.after, r.possible_duplicates
          FROM revisions r WHERE r.status = 'pending' AND ${only('revisions')}
          UNION ALL
          SELECT 'reports', p.id, 'initiative', p.initiative_id, p.created_at, p.reporter_account_id, p.reporter_email,
            ${initiativeFieldsJson()}, jsonb_build_object('reason', p.reason, 'comment', p.comment), '[]'::jsonb
          FROM reports p JOIN initiatives i ON i.id = p.initiative_id WHERE p.status = 'pending' AND ${only('reports')}
          UNION ALL
          SELECT 'events', e.id, 'event', e.id, e.created_at, e.proposer_account_id, e.proposer_email,
            NULL::jsonb, ${eventFieldsJson}, '[]'::jsonb
          FROM events e WHERE e.status = 'pending' AND ${only('events')}
        ) q
        ${keyset}
        ORDER BY q.created, q.id
        LIMIT ${limit}`)
    },
  }
}

export type QueueRepository = ReturnType<typeof createQueueRepository>
