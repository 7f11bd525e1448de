/**
 * The slot of a loan request, pure: two RFC 3339 times with offsets checked
 * against the rules of a loan. A time without an offset is refused rather
 * than guessed: "10:00" alone names two instants on the night clocks go back.
 */
import { parseOffsetTime } from '../rooms/time-window.js'
import { DomainError, type FieldError } from '../shared/errors.js'

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?$/

export const MAX_LOAN_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000

export interface Slot { start: Date; end: Date }

function parseTime(raw: string, field: string): Date | FieldError {
  if (WITHOUT_OFFSET.test(raw)) {
    return { in: 'body', field, detail: 'has no offset, so the time is ambiguous; give it with one (2027-03-20T10:00:00+01:00)' }
  }
  if (!WITH_OFFSET.test(raw)) return { in: 'body', field, detail: 'must be an RFC 3339 time with an offset (2027-03-20T10:00:00+01:00)' }
  try {
    return parseOffsetTime(raw, field, 'body')
  } catch (error) {
    if (error instanceof DomainError && error.errors[0]) return error.errors[0]
    throw error
  }
}

/** The slot, or the errors of each bad field: times, order, length, and a start not in the past. */
export function checkSlot(start: string, end: string, now: Date): Slot | FieldError[] {
  const from = parseTime(start, 'start')
  const to = parseTime(end, 'end')
  const errors = [from, to].filter((value): value is FieldError => !(value instanceof Date))
  if (!(from instanceof Date) || !(to instanceof Date)) return errors
  const length = to.getTime() - from.getTime()
  if (length === 0) errors.push({ in: 'body', field: 'end', detail: 'is the same instant as start: a loan cannot last no time' })
  else if (length < 0) errors.push({ in: 'body', field: 'end', detail: 'must be after start' })
  else if (length > MAX_LOAN_DAYS * DAY_MS) errors.push({ in: 'body', field: 'end', detail: `must be at most ${MAX_LOAN_DAYS} days after start` })
  if (from.getTime() < now.getTime()) errors.push({ in: 'body', field: 'start', detail: 'is in the past' })
  return errors.length > 0 ? errors : { start: from, end: to }
}
