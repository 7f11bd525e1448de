/**
 * Events written straight into the database for the agenda tests (the write
 * API comes later), with the stored end of the last occurrence computed as the
 * application computes it. Times are given as Paris wall-clock times.
 */
import { sql } from 'drizzle-orm'
import { DateTime } from 'luxon'
import type { Database } from '../../db/client.js'
import { eventProgrammes, events } from '../../db/schema/index.js'
import { lastOccurrenceEnd } from '../../server/events/recurrence.js'

export const PARIS = 'Europe/Paris'

export function paris(local: string): Date {
  return DateTime.fromISO(local, { zone: PARIS }).toJSDate()
}

export interface TestEvent {
  title: string
  start: Date
  end: Date
  allDay?: boolean
  rrule?: string | null
  exdates?: string[]
  status?: 'pending' | 'published' | 'cancelled' | 'rejected'
  kind?: (typeof events.$inferInsert)['kind']
  categories?: string[]
  /** INSEE code; Tours by default. */
  commune?: string
  point?: [number, number] | null
  onlineUrl?: string | null
  description?: string
  sequence?: number
  updatedAt?: Date
  programmes?: string[]
}

/** Inserts an event and returns its id. */
export async function insertEvent(database: Database, event: TestEvent): Promise<string> {
  const allDay = event.allDay ?? false
  const rrule = event.rrule ?? null
  const exdates = event.exdates ?? []
  const commune = event.onlineUrl ? null : event.commune ?? '37261'
  const [row] = await database.db.insert(events).values({
    title: event.title,
    description: event.description ?? '',
    start: event.start,
    end: event.end,
    allDay,
    timezone: PARIS,
    rrule,
    exdates,
    lastEnd: lastOccurrenceEnd({ start: event.start, end: event.end, allDay, timezone: PARIS, rrule, exdates }),
    kind: event.kind ?? 'atelier',
    categories: event.categories ?? ['reemploi-recyclage'],
    organiserName: 'Collectif de test',
    location: event.onlineUrl ? null : event.point ?? [0.6848, 47.3941],
    address: event.onlineUrl ? '' : '12 rue Nationale, 37000 Tours',
    commune,
    territories: commune ? sql`archipel_territories_of(${commune})` : sql`'{}'::text[]`,
    onlineUrl: event.onlineUrl ?? null,
    status: event.status ?? 'published',
    sequence: event.sequence ?? 0,
    ...(event.updatedAt ? { updatedAt: event.updatedAt } : {}),
  }).returning({ id: events.id })
  const id = row!.id
  if (event.programmes && event.programmes.length > 0) {
    await database.db.insert(eventProgrammes).values(event.programmes.map((programmeSlug) => ({ eventId: id, programmeSlug })))
  }
  return id
}
