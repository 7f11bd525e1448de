/**
 * Occurrences of an event, expanded in the event's own time zone.
 *
 * `rrule` computes on "floating" dates: it reads and writes the UTC fields of a
 * Date as if they were local wall-clock fields. So the series is expanded over
 * floating dates (the event's wall-clock time written as UTC) and each result is
 * placed back in the real zone (zone-clock.ts). A 10:00 Paris event thus stays at
 * 10:00 Paris across daylight-saving changes, whatever the process `TZ` is.
 */
import { createRequire } from 'node:module'
import { DateTime } from 'luxon'
import type { RRule as RRuleType } from 'rrule'
import { InvalidRule, parseRule, type ParsedRule, type RuleUntil } from './recurrence-rule.js'
import { instantOf, isKnownZone, wallClockOf } from './zone-clock.js'

export { validateRrule } from './recurrence-rule.js'

// rrule 2.8 declares its ES module build only in the non-standard "module" field,
// so Node's ESM loader sees its CommonJS build without named exports.
const { RRule } = createRequire(import.meta.url)('rrule') as typeof import('rrule')

export interface RecurringEvent {
  /** First occurrence; an all-day event starts at local midnight of its first day. */
  start: Date
  /** End of the first occurrence (exclusive; local midnight after the last day for all-day events). */
  end: Date
  allDay: boolean
  /** IANA zone in which the event and its recurrence are expressed. */
  timezone: string
  /** RFC 5545 RRULE without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T215959Z`; null for a single event. */
  rrule: string | null
  /** Excluded occurrences as local times in the event's zone (`2027-03-20T10:00:00`), or dates (`2027-03-20`) for all-day events. */
  exdates: string[]
}

export interface Occurrence {
  start: Date
  end: Date
}

/** Cap on the occurrences returned by one expansion when the caller gives none. */
export const DEFAULT_OCCURRENCE_LIMIT = 5000

const DAY = 86_400_000

interface Series {
  allDay: boolean
  /** Wall-clock start of the first occurrence, floating. */
  first: number
  /** The rule over floating dates; null for a single event. */
  rule: RRuleType | null
  parsed: ParsedRule | null
  /** RFC 5545 counts DTSTART as an occurrence even when the rule does not produce it. */
  firstOutsideRule: boolean
  /** Longest real duration of an occurrence, to widen the search window. */
  span: number
  excluded: Set<string>
  occurrenceAt(floating: number): Occurrence
}

/** Occurrences overlapping [from, to), sorted by start, excluded dates removed, at most `limit` of them. */
export function expandOccurrences(event: RecurringEvent, from: Date, to: Date, limit = DEFAULT_OCCURRENCE_LIMIT): Occurrence[] {
  const series = seriesOf(event)
  const found: Occurrence[] = []
  const consider = (floating: number): boolean => {
    if (found.length >= limit) return false
    if (series.excluded.has(occurrenceKey(floating, series.allDay))) return true
    const occurrence = series.occurrenceAt(floating)
    if (occurrence.start < to && occurrence.end > from) found.push(occurrence)
    return true
  }
  if (!series.rule || series.firstOutsideRule) consider(series.first)
  if (series.rule) {
    // Floating and real instants differ by the zone offset, less than a day.
    const after = new Date(wallClockOf(from.getTime(), event.timezone) - series.span - DAY)
    const before = new Date(wallClockOf(to.getTime(), event.timezone) + DAY)
    series.rule.between(after, before, true, (date) => consider(date.getTime()))
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime())
}

/** End of the last occurrence that is not excluded; null when the rule never ends (neither UNTIL nor COUNT). */
export function lastOccurrenceEnd(event: RecurringEvent): Date | null {
  const series = seriesOf(event)
  if (series.parsed && series.parsed.until === null && series.parsed.count === null) return null
  let last = series.first
  const keep = (floating: number): boolean => {
    if (!series.excluded.has(occurrenceKey(floating, series.allDay))) last = floating
    return true
  }
  series.rule?.all((date) => keep(date.getTime()))
  return series.occurrenceAt(last).end
}

export interface CalendarRecurrence {
  /** The first occurrence, an all-day event's dates normalised to local midnights. */
  first: Occurrence
  /** The RRULE value to write beside DTSTART; null for a single event. */
  rrule: string | null
  /** Whether the start must also be written as an RDATE, being an occurrence the rule does not produce. */
  startOutsideRule: boolean
  /** Excluded local times or dates, normalised (see normalisedExdates). */
  exdates: string[]
}

/**
 * What an iCalendar VEVENT needs to carry the series unexpanded. The rule gets
 * UNTIL in UTC beside a timed DTSTART and as a DATE beside an all-day one.
 *
 * Readers disagree on a start the rule does not produce: RFC 5545 counts it as
 * the first occurrence (within COUNT), rrule.js, dateutil and ical.js skip it.
 * So such a start is also written as an RDATE, and its COUNT becomes the UNTIL
 * of the last occurrence, which every reader reads alike.
 */
export function calendarRecurrence(event: RecurringEvent): CalendarRecurrence {
  const series = seriesOf(event)
  const { parsed, rule } = series
  const first = series.occurrenceAt(series.first)
  const exdates = [...series.excluded]
  if (!parsed || !rule) return { first, rrule: null, startOutsideRule: false, exdates }
  const lastCounted = series.firstOutsideRule && parsed.count !== null ? rule.all().at(-1)?.getTime() : undefined
  const rrule = parsed.parts.map(([name, value]) => {
    if (name === 'COUNT' && lastCounted !== undefined) return `UNTIL=${untilValue(lastCounted, event)}`
    if (name !== 'UNTIL' || !parsed.until) return `${name}=${value}`
    return `UNTIL=${untilValue(floatingUntil(parsed.until, event.timezone, event.allDay), event)}`
  }).join(';')
  return { first, rrule, startOutsideRule: series.firstOutsideRule, exdates }
}

function untilValue(floating: number, event: RecurringEvent): string {
  const iso = new Date(event.allDay ? floating : instantOf(floating, event.timezone)).toISOString()
  return event.allDay ? iso.slice(0, 10).replaceAll('-', '') : `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`
}

/** The event's valid exdates, normalised (`2027-03-20T10:00:00` or `2027-03-20`), sorted, without duplicates. */
export function normalisedExdates(event: RecurringEvent): string[] {
  const keys = event.exdates.map((value) => normaliseExdate(value, event.allDay, event.timezone))
  return [...new Set(keys.filter((key): key is string => key !== null))].sort()
}

/**
 * An exdate as the local time it excludes (`2027-03-20T10:00:00`), or the date for
 * an all-day event; a time with an offset is converted to the event's zone.
 * Null when the value is not a valid date or time of the right kind.
 */
export function normaliseExdate(value: string, allDay: boolean, zone: string): string | null {
  if (allDay) {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid ? value : null
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) {
    const local = DateTime.fromISO(value, { zone: 'utc' })
    return local.isValid ? local.toFormat("yyyy-LL-dd'T'HH:mm:ss") : null
  }
  const instant = DateTime.fromISO(value, { setZone: true })
  if (!instant.isValid || !/(Z|[-+]\d{2}:?\d{2})$/.test(value)) return null
  return instant.setZone(zone).toFormat("yyyy-LL-dd'T'HH:mm:ss")
}

function seriesOf(event: RecurringEvent): Series {
  const zone = event.timezone
  if (!isKnownZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`)
  const excluded = new Set(normalisedExdates(event))
  const parsed = parseStoredRule(event.rrule)

  let first: number
  let span: number
  let occurrenceAt: (floating: number) => Occurrence
  if (event.allDay) {
    first = startOfDay(wallClockOf(event.start.getTime(), zone))
    // An end that is not a midnight still covers its day.
    const days = Math.max(1, Math.ceil((wallClockOf(event.end.getTime(), zone) - first) / DAY))
    span = days * DAY
    occurrenceAt = (floating) => ({
      start: new Date(instantOf(floating, zone)),
      end: new Date(instantOf(floating + days * DAY, zone)),
    })
  } else {
    // rrule repeats whole seconds; a stored start may carry milliseconds.
    first = Math.floor(wallClockOf(event.start.getTime(), zone) / 1000) * 1000
    span = event.end.getTime() - event.start.getTime()
    occurrenceAt = (floating) => {
      // The first occurrence is the event's own start, even at the second happening of a repeated hour.
      const start = floating === first ? event.start.getTime() : instantOf(floating, zone)
      return { start: new Date(start), end: new Date(start + span) }
    }
  }

  if (!parsed) return { allDay: event.allDay, first, rule: null, parsed, firstOutsideRule: true, span, excluded, occurrenceAt }
  const options = RRule.parseString(parsed.parts.filter(([name]) => name !== 'UNTIL' && name !== 'COUNT')
    .map(([name, value]) => `${name}=${value}`).join(';'))
  options.dtstart = new Date(first)
  options.until = parsed.until ? new Date(floatingUntil(parsed.until, zone, event.allDay)) : null
  const firstOutsideRule = new RRule(options, true).after(options.dtstart, true)?.getTime() !== first
  const count = parsed.count === null ? null : parsed.count - (firstOutsideRule ? 1 : 0)
  const rule = count === 0 ? null : new RRule({ ...options, count }, true)
  return { allDay: event.allDay, first, rule, parsed, firstOutsideRule, span, excluded, occurrenceAt }
}

/** A rule stored before the checks were tightened is shown as its first occurrence rather than breaking a listing. */
function parseStoredRule(rrule: string | null): ParsedRule | null {
  if (rrule === null || rrule.trim() === '') return null
  try {
    return parseRule(rrule)
  } catch (error) {
    if (error instanceof InvalidRule) return null
    throw error
  }
}

/** UNTIL as the floating date of its last allowed start: a bare date ends at that day's end (a timed event) or is that day (all-day). */
function floatingUntil(until: RuleUntil, zone: string, allDay: boolean): number {
  const { year, month, day, time } = until
  const written = time
    ? Date.UTC(year, month - 1, day, time.hour, time.minute, time.second)
    : Date.UTC(year, month - 1, day, 23, 59, 59)
  const floating = time?.utc ? wallClockOf(written, zone) : written
  return allDay ? startOfDay(floating) : floating
}

function occurrenceKey(floating: number, allDay: boolean): string {
  return new Date(floating).toISOString().slice(0, allDay ? 10 : 19)
}

function startOfDay(floating: number): number {
  return Math.floor(floating / DAY) * DAY
}
