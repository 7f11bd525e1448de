/**
 * Time windows of the room reads, pure: query strings in, instants out, and
 * instants back out as Europe/Paris times. Nothing depends on the process TZ.
 */
import { DateTime } from 'luxon'
import { invalidField, type FieldError } from '../shared/errors.js'

export interface TimeWindow { from: Date; to: Date }

const DAY_MS = 24 * 60 * 60 * 1000
export const DEFAULT_AVAILABILITY_DAYS = 31
export const MAX_AVAILABILITY_DAYS = 366
const PARIS = 'Europe/Paris'

/**
 * An RFC 3339 time with offset (the schema checked its shape) as an instant;
 * a date or time that does not exist (`2027-02-30`, `25:00`) is refused.
 */
export function parseOffsetTime(raw: string, field: string, where: FieldError['in'] = 'query'): Date {
  const parsed = DateTime.fromISO(raw, { setZone: true })
  if (!parsed.isValid) throw invalidField(where, field, `is not a real date and time (${parsed.invalidExplanation ?? raw})`)
  return parsed.toJSDate()
}

/** `available_from` + `available_to` of the room list: both or neither, the end after the start. */
export function parseAvailableWindow(from: string | undefined, to: string | undefined): TimeWindow | undefined {
  if (from === undefined && to === undefined) return undefined
  if (from === undefined) throw invalidField('query', 'available_from', 'is required with available_to')
  if (to === undefined) throw invalidField('query', 'available_to', 'is required with available_from')
  return ordered(parseOffsetTime(from, 'available_from'), parseOffsetTime(to, 'available_to'), 'available_to')
}

/**
 * The window of an availability answer: from `now` and 31 days long unless
 * given, never longer than 366 days (a year of busy blocks is plenty, and
 * the answer stays small).
 */
export function parseAvailabilityWindow(from: string | undefined, to: string | undefined, now: Date): TimeWindow {
  // Whole seconds, so that the default window reads as cleanly as a given one.
  const start = from === undefined ? new Date(Math.floor(now.getTime() / 1000) * 1000) : parseOffsetTime(from, 'from')
  const end = to === undefined
    ? new Date(start.getTime() + DEFAULT_AVAILABILITY_DAYS * DAY_MS)
    : parseOffsetTime(to, 'to')
  const window = ordered(start, end, 'to')
  if (end.getTime() - start.getTime() > MAX_AVAILABILITY_DAYS * DAY_MS) {
    throw invalidField('query', 'to', `must be at most ${MAX_AVAILABILITY_DAYS} days after from`)
  }
  return window
}

function ordered(from: Date, to: Date, field: string): TimeWindow {
  if (to.getTime() <= from.getTime()) throw invalidField('query', field, 'must be after the start of the window')
  return { from, to }
}
