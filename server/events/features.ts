/**
 * Public events and their occurrences as GeoJSON Features, pure. Times are
 * written in the event's own zone with its offset at that date
 * (`2027-03-20T10:00:00+01:00`), all-day ones as dates with an exclusive end,
 * whatever the process TZ.
 */
import { DateTime } from 'luxon'
import type { Occurrence, RecurringEvent } from './recurrence.js'
import type { EventRow } from './repository.js'
import { parisTime } from '../shared/paris-time.js'

export interface EventProperties {
  title: string
  description: string
  start: string
  end: string
  all_day: boolean
  timezone: string
  rrule: string | null
  exdates: string[]
  kind: string
  categories: string[]
  organiser_id: string | null
  organiser_name: string
  room_id: string | null
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
  created_at: string
  updated_at: string
}

export interface EventFeature<P> {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] } | null
  properties: P
}

export type OccurrenceProperties = EventProperties & { event_id: string; occurrence_start: string; occurrence_end: string }

export function recurringEventOf(row: EventRow): RecurringEvent {
  return { start: row.start, end: row.end, allDay: row.all_day, timezone: row.timezone, rrule: row.rrule, exdates: row.exdates }
}

/** An instant in the zone with its offset, or its date there for an all-day event. */
export function zonedTime(instant: Date, zone: string, allDay: boolean): string {
  const local = DateTime.fromJSDate(instant, { zone })
  return allDay ? local.toISODate()! : local.toISO({ suppressMilliseconds: true, includeOffset: true })!
}

export function eventProperties(row: EventRow): EventProperties {
  const time = (instant: Date) => zonedTime(instant, row.timezone, row.all_day)
  return {
    title: row.title,
    description: row.description,
    start: time(row.start),
    end: time(row.end),
    all_day: row.all_day,
    timezone: row.timezone,
    rrule: row.rrule,
    exdates: row.exdates,
    kind: row.kind,
    categories: row.categories,
    organiser_id: row.organiser_id,
    organiser_name: row.organiser_name,
    room_id: row.room_id,
    address: row.address,
    commune: row.commune,
    commune_name: row.commune_name,
    online_url: row.online_url,
    free: row.free,
    price: row.price,
    registration_url: row.registration_url,
    accessibility: row.accessibility,
    programmes: row.programmes,
    status: row.status,
    sequence: row.sequence,
    created_at: parisTime(row.created_at),
    updated_at: parisTime(row.updated_at),
  }
}

export function eventFeature<P>(row: EventRow, id: string, properties: P): EventFeature<P> {
  return {
    type: 'Feature',
    id,
    geometry: row.point ? { type: 'Point', coordinates: row.point } : null,
    properties,
  }
}

/**
 * One occurrence. Its id, `<event id>/<start>`, names the occurrence for as
 * long as the event keeps that date: the start in UTC, or the date of an all-day one.
 */
export function occurrenceFeature(row: EventRow, occurrence: Occurrence): EventFeature<OccurrenceProperties> {
  const key = row.all_day
    ? zonedTime(occurrence.start, row.timezone, true)
    : occurrence.start.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return eventFeature(row, `${row.id}/${key}`, {
    ...eventProperties(row),
    event_id: row.id,
    occurrence_start: zonedTime(occurrence.start, row.timezone, row.all_day),
    occurrence_end: zonedTime(occurrence.end, row.timezone, row.all_day),
  })
}
