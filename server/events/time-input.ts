/**
 * The times of an event as written by a client, checked and turned into
 * instants, pure. A timed event gives RFC 3339 times WITH an offset, and the
 * offset must be the one of the event's zone at that instant: a time without
 * one is ambiguous, a wrong one is most likely a client that converted with
 * its own zone. An all-day event gives dates with an exclusive end.
 */
import { DateTime } from 'luxon'
import type { FieldError } from '../shared/errors.js'
import { instantOf } from './zone-clock.js'

export const DEFAULT_ZONE = 'Europe/Paris'
/** An occurrence lasts at most this long (a festival, an exhibition; not a season). */
export const MAX_DURATION_DAYS = 92
/** Events start on or after this day… */
const EARLIEST = Date.UTC(2000, 0, 1)
/** …and at most this many years after now. */
const MAX_YEARS_AHEAD = 5

const DAY = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?/
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/i

const zones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])

export function isSupportedZone(zone: string): boolean {
  return zones.has(zone)
}

export interface TimeInput {
  start: string
  end: string
  all_day: boolean
  timezone: string
}

export interface EventTimes {
  /** First occurrence; an all-day event starts at local midnight of its first day. */
  start: Date
  /** Exclusive end of the first occurrence. */
  end: Date
}

/** The instants of the event, or the errors naming each bad field. */
export function parseEventTimes(input: TimeInput, now: Date): EventTimes | FieldError[] {
  const bad = (field: string, detail: string): FieldError => ({ in: 'body', field, detail })
  if (!isSupportedZone(input.timezone)) {
    return [bad('timezone', `unknown time zone "${input.timezone}"; use an IANA name such as ${DEFAULT_ZONE}`)]
  }
  const read = input.all_day ? readDate : readInstant
  const start = read(input.start, input.timezone)
  const end = read(input.end, input.timezone)
  const errors: FieldError[] = []
  if (typeof start === 'string') errors.push(bad('start', start))
  if (typeof end === 'string') errors.push(bad('end', end))
  if (typeof start === 'string' || typeof end === 'string') return errors

  if (end <= start) return [bad('end', input.all_day ? 'must be a later date than start (the end date is exclusive)' : 'must be after start')]
  if (end.getTime() - start.getTime() > MAX_DURATION_DAYS * DAY + DAY) {
    return [bad('end', `an event lasts at most ${MAX_DURATION_DAYS} days; repeat it with rrule instead`)]
  }
  const latest = DateTime.fromJSDate(now).plus({ years: MAX_YEARS_AHEAD })
  if (start.getTime() < EARLIEST) return [bad('start', 'must be in 2000 or later')]
  if (start.getTime() > latest.toMillis()) return [bad('start', `must be within ${MAX_YEARS_AHEAD} years from now`)]
  return { start, end }
}

/** A date as the local midnight that starts it in the zone, or what is wrong with it. */
function readDate(value: string, zone: string): Date | string {
  if (!DATE.test(value)) return 'an all-day event takes a date written YYYY-MM-DD'
  const date = DateTime.fromISO(value, { zone: 'utc' })
  if (!date.isValid) return `${value} is not a date`
  return new Date(instantOf(date.toMillis(), zone))
}

/** An RFC 3339 time whose offset is the zone's at that instant, or what is wrong with it. */
function readInstant(value: string, zone: string): Date | string {
  if (DATE.test(value)) return 'a timed event takes a date and time with an offset (2027-03-20T10:00:00+01:00); for a whole day set all_day'
  if (!DATE_TIME.test(value)) return 'must be an RFC 3339 time with an offset, such as 2027-03-20T10:00:00+01:00'
  if (!WITH_OFFSET.test(value)) return `a time without an offset is ambiguous: add the offset of ${zone} at that date (2027-03-20T10:00:00+01:00)`
  const written = DateTime.fromISO(value, { setZone: true })
  if (!written.isValid) return `${value} is not a valid time`
  const expected = written.setZone(zone)
  if (expected.offset !== written.offset) {
    return `offset does not match ${zone} at that date: ${expected.toFormat('ZZ')} expected (${expected.toISO({ suppressMilliseconds: true })})`
  }
  return written.toJSDate()
}
