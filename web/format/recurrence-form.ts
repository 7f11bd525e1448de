/**
 * What the propose-an-event form says about repetition, turned into what the
 * API stores: an RRULE (RFC 5545) and excluded dates in the event's local
 * time (`2026-03-10T18:30:00`, or `2026-03-10` for an all-day event).
 *
 * An end date is written as RFC 5545 wants it next to a DTSTART with a zone:
 * a UTC moment, the last minute of that day in Paris; for an all-day event,
 * a bare date.
 */
import { parisDateTime } from './paris-time.js'
import { isWeekdayCode, type WeekdayCode } from './recurrence-text.js'

export type RepeatFrequency = 'none' | 'daily' | 'weekly' | 'monthly'

export interface RecurrenceChoice {
  frequency: RepeatFrequency
  /** Days of a weekly repetition; empty means the start's weekday. */
  weekdays: WeekdayCode[]
  endKind: 'never' | 'until' | 'count'
  /** `YYYY-MM-DD`, last day included. */
  until: string
  count: number | null
  /** `YYYY-MM-DD` days without the event. */
  exceptions: string[]
}

export interface StoredRecurrence {
  rrule: string | null
  exdates: string[]
}

const frequencies: Record<Exclude<RepeatFrequency, 'none'>, string> = { daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY' }

/** `startTime` is `HH:MM` for a timed event, null for an all-day one. */
export function buildRecurrence(choice: RecurrenceChoice, startTime: string | null): StoredRecurrence {
  if (choice.frequency === 'none') return { rrule: null, exdates: [] }
  const parts = [`FREQ=${frequencies[choice.frequency]}`]
  const days = choice.weekdays.filter(isWeekdayCode)
  if (choice.frequency === 'weekly' && days.length) parts.push(`BYDAY=${days.join(',')}`)
  if (choice.endKind === 'until' && choice.until) parts.push(`UNTIL=${untilValue(choice.until, startTime)}`)
  if (choice.endKind === 'count' && choice.count) parts.push(`COUNT=${choice.count}`)
  const exdates = [...new Set(choice.exceptions.filter(Boolean))].sort()
    .map((day) => (startTime === null ? day : `${day}T${startTime}:00`))
  return { rrule: parts.join(';'), exdates }
}

function untilValue(day: string, startTime: string | null): string {
  if (startTime === null) return day.replaceAll('-', '')
  const utc = new Date(parisDateTime(day, '23:59')).toISOString() // 2026-06-30T21:59:00.000Z
  return `${utc.slice(0, 16).replace(/[-:]/g, '')}59Z`
}
