/**
 * A whole event as a client wrote it (a proposal, or a stored event with a
 * change applied) checked field by field, pure: times in their zone, the
 * recurrence and its exceptions, URLs, organiser, and which place it names.
 * Whether the named room, initiative, commune, categories and programmes
 * exist is asked of the database by the service.
 */
import { DateTime } from 'luxon'
import type { FieldError } from '../shared/errors.js'
import { pointInFranceError } from '../shared/point-in-france.js'
import { calendarRecurrence, expandOccurrences, lastOccurrenceEnd, normaliseExdate, type RecurringEvent } from './recurrence.js'
import { validateRrule } from './recurrence-rule.js'
import { DEFAULT_ZONE, parseEventTimes } from './time-input.js'

/** A series ends within this many years of its start (or never, without UNTIL or COUNT). */
const MAX_SERIES_YEARS = 10

export interface EventInput {
  title: string
  description?: string
  start: string
  end: string
  all_day?: boolean
  timezone?: string
  rrule?: string | null
  exdates?: string[]
  kind: string
  categories?: string[]
  organiser_id?: string | null
  organiser_name?: string
  room_id?: string
  place_initiative_id?: string
  /** The Feature's geometry: the point of a place given by its address. */
  geometry?: { coordinates: number[] } | null
  address?: string
  commune?: string
  online_url?: string
  free?: boolean
  price?: string
  registration_url?: string | null
  accessibility?: string
  programmes?: string[]
}

/** The fields that together say where the event is; a change naming any of them replaces the place. */
export const PLACE_FIELDS = ['room_id', 'place_initiative_id', 'geometry', 'address', 'commune', 'online_url'] as const

/** Where a field checked here sits in the Feature a client writes (RFC 6901 path, dotted). */
export const featureField = (field: string) => (field.startsWith('geometry') ? field : `properties.${field}`)

/** Where the event is, as asked; rooms and initiatives are looked up afterwards. */
export type PlaceRequest =
  | { kind: 'room'; room_id: string }
  | { kind: 'initiative'; initiative_id: string }
  | { kind: 'location'; point: [number, number]; address: string; commune: string }
  | { kind: 'online'; online_url: string }

/** The checked event, ready to be stored once its place is resolved. */
export interface EventDraft {
  title: string
  description: string
  start: Date
  end: Date
  all_day: boolean
  timezone: string
  rrule: string | null
  exdates: string[]
  last_end: Date | null
  kind: string
  categories: string[]
  organiser_id: string | null
  /** Empty: the organising initiative's name is used. */
  organiser_name: string
  free: boolean
  price: string
  registration_url: string | null
  accessibility: string
  programmes: string[]
}

const bad = (field: string, detail: string): FieldError => ({ in: 'body', field, detail })

// The schemas refuse control characters (server/shared/text-schemas.ts): a
// one-line text only loses its outer spaces, a multi-line one has its line
// breaks written as \n.
const line = (text: string) => text.trim()
const paragraphs = (text: string) => text.replace(/\r\n?/g, '\n')

/** The draft, or every bad field. */
export function checkEvent(input: EventInput, now: Date): { draft: EventDraft } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  const title = line(input.title)
  if (title === '') errors.push(bad('title', 'must not be blank'))
  const organiserName = line(input.organiser_name ?? '')
  if (!input.organiser_id && organiserName === '') errors.push(bad('organiser_name', 'name the organiser: organiser_id, organiser_name or both'))
  if (input.registration_url) errors.push(...checkUrl('registration_url', input.registration_url))

  const allDay = input.all_day ?? false
  const timezone = input.timezone ?? DEFAULT_ZONE
  const times = parseEventTimes({ start: input.start, end: input.end, all_day: allDay, timezone }, now)
  if (Array.isArray(times)) return { errors: [...errors, ...times] }

  const rrule = input.rrule?.trim() ? input.rrule.trim().toUpperCase().replace(/^RRULE:/, '') : null
  const recurrence = checkRecurrence({ start: times.start, end: times.end, allDay, timezone, rrule, exdates: input.exdates ?? [] })
  if ('errors' in recurrence) return { errors: [...errors, ...recurrence.errors] }
  if (errors.length > 0) return { errors }
  return {
    draft: {
      title,
      description: paragraphs(input.description ?? ''),
      start: times.start,
      end: times.end,
      all_day: allDay,
      timezone,
      rrule,
      exdates: recurrence.exdates,
      last_end: recurrence.lastEnd,
      kind: input.kind,
      categories: input.categories ?? [],
      organiser_id: input.organiser_id ?? null,
      organiser_name: organiserName,
      free: input.free ?? true,
      price: line(input.price ?? ''),
      registration_url: input.registration_url || null,
      accessibility: paragraphs(input.accessibility ?? ''),
      programmes: input.programmes ?? [],
    },
  }
}

/** The one place the input names, or what is wrong with it. */
export function placeRequest(input: Pick<EventInput, (typeof PLACE_FIELDS)[number]>): PlaceRequest | FieldError[] {
  const named = (['room_id', 'place_initiative_id', 'geometry', 'online_url'] as const).filter((field) => input[field] != null)
  if (named.length === 0) {
    return [bad('geometry', 'give the place: properties.room_id, properties.place_initiative_id, '
      + 'a geometry with properties.address and properties.commune, or properties.online_url')]
  }
  if (named.length > 1) return named.slice(1).map((field) => bad(field, `give only one place; ${featureField(named[0]!)} is already given`))
  if (input.geometry == null) {
    const extra = (['address', 'commune'] as const).filter((field) => input[field] !== undefined)
    if (extra.length > 0) return extra.map((field) => bad(field, `comes from ${featureField(named[0]!)}; give it only with a geometry`))
  }
  if (input.room_id !== undefined) return { kind: 'room', room_id: input.room_id.toLowerCase() }
  if (input.place_initiative_id !== undefined) return { kind: 'initiative', initiative_id: input.place_initiative_id.toLowerCase() }
  if (input.online_url !== undefined) {
    const errors = checkUrl('online_url', input.online_url)
    return errors.length > 0 ? errors : { kind: 'online', online_url: input.online_url }
  }
  const [lon = NaN, lat = NaN] = input.geometry?.coordinates ?? []
  const errors: FieldError[] = []
  const pointError = pointInFranceError([lon, lat], 'geometry.coordinates')
  if (pointError) errors.push(pointError)
  const address = line(input.address ?? '')
  if (address === '') errors.push(bad('address', 'a place given by its point needs its address'))
  if (input.commune === undefined) errors.push(bad('commune', 'a place given by its point needs its commune (INSEE code)'))
  return errors.length > 0 ? errors : { kind: 'location', point: [lon, lat], address, commune: input.commune! }
}

/** Only absolute http(s) URLs: a `javascript:` or `data:` link must never reach a page. */
function checkUrl(field: string, value: string): FieldError[] {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return [bad(field, 'must be an absolute http or https URL')]
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? [] : [bad(field, 'only http and https URLs are accepted')]
}

/** The rule, its normalised exceptions and the end of the series; or what is wrong. */
function checkRecurrence(event: RecurringEvent): { exdates: string[]; lastEnd: Date | null } | { errors: FieldError[] } {
  const { rrule } = event
  const exdateErrors = event.exdates.flatMap((value, index) => normaliseExdate(value, event.allDay, event.timezone) === null
    ? [bad(`exdates.${index}`, event.allDay
      ? 'an all-day event excludes dates written YYYY-MM-DD'
      : `must be a local time in ${event.timezone} (2027-03-23T18:00:00)`)]
    : [])
  if (rrule === null) {
    return event.exdates.length > 0 ? { errors: [bad('exdates', 'only a repeated event (rrule) has exceptions')] } : { exdates: [], lastEnd: event.end }
  }
  const ruleError = validateRrule(rrule)
  if (ruleError) return { errors: [bad('rrule', ruleError), ...exdateErrors] }
  if (exdateErrors.length > 0) return { errors: exdateErrors }
  const latest = DateTime.fromJSDate(event.start).plus({ years: MAX_SERIES_YEARS }).toJSDate()
  // Checked before any expansion: a far UNTIL makes a daily rule iterate for long.
  if (until(rrule) > latest.getTime()) return { errors: [bad('rrule', `a series ends within ${MAX_SERIES_YEARS} years of its start`)] }

  const bare = { ...event, exdates: [] }
  // The start counts as an occurrence even when the rule does not give it (RFC 5545); a rule giving no date at all is a mistake.
  if (calendarRecurrence(bare).startOutsideRule && expandOccurrences(bare, event.start, latest, 2).length < 2) {
    return { errors: [bad('rrule', 'the rule gives no date from the start on (is UNTIL before the start?)')] }
  }
  const lastEnd = lastOccurrenceEnd(event)
  if (lastEnd && lastEnd > DateTime.fromJSDate(latest).plus({ days: 100 }).toJSDate()) {
    return { errors: [bad('rrule', `a series ends within ${MAX_SERIES_YEARS} years of its start`)] }
  }
  if (expandOccurrences(event, event.start, lastEnd ?? latest, 1).length === 0) {
    return { errors: [bad('exdates', 'every occurrence of the series is excluded')] }
  }
  return { exdates: [...new Set(event.exdates.map((value) => normaliseExdate(value, event.allDay, event.timezone)!))].sort(), lastEnd }
}

/** The UNTIL of a valid rule as an instant (roughly: for bounding only), or -Infinity without one. */
function until(rrule: string): number {
  const match = /UNTIL=(\d{4})(\d{2})(\d{2})/.exec(rrule)
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : -Infinity
}
