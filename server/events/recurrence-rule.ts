/**
 * The text of an event's RRULE (RFC 5545 section 3.3.10): strict parsing and
 * validation. The `rrule` package's own parser accepts nonsense silently
 * (`COUNT=abc`, `BYDAY=XX`, `COUNT` together with `UNTIL`), and a rule that can
 * never produce a date makes it iterate up to year 9999 (seconds of CPU), so
 * every rule is checked here before it is stored or expanded.
 */

export const MAX_COUNT = 1000
export const MAX_INTERVAL = 999

const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const
export type Frequency = (typeof FREQUENCIES)[number]
const SUB_DAILY = ['HOURLY', 'MINUTELY', 'SECONDLY']
const SUPPORTED_PARTS = ['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']
const UNSUPPORTED_PARTS: Record<string, string> = {
  BYHOUR: 'the time of day comes from the event start, BYHOUR is not supported',
  BYMINUTE: 'the time of day comes from the event start, BYMINUTE is not supported',
  BYSECOND: 'the time of day comes from the event start, BYSECOND is not supported',
  BYYEARDAY: 'BYYEARDAY is not supported',
  BYWEEKNO: 'BYWEEKNO is not supported',
}
/** Longest length of each month (February of a leap year). */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
/** Largest set of days one period of each frequency can hold, bound for BYSETPOS. */
const PERIOD_DAYS: Record<Frequency, number> = { DAILY: 1, WEEKLY: 7, MONTHLY: 31, YEARLY: 366 }

/** UNTIL as written: a date, a floating local date-time, or a UTC date-time. */
export interface RuleUntil {
  year: number
  month: number
  day: number
  /** Absent for a bare date. */
  time?: { hour: number; minute: number; second: number; utc: boolean }
}

export interface ParsedRule {
  freq: Frequency
  /** Every part in the order written, names and values upper-cased, UNTIL included. */
  parts: [string, string][]
  until: RuleUntil | null
  count: number | null
}

export class InvalidRule extends Error {}

/** An English message saying what is wrong with the rule, or null when it is valid and supported. */
export function validateRrule(rrule: string): string | null {
  try {
    parseRule(rrule)
    return null
  } catch (error) {
    if (error instanceof InvalidRule) return error.message
    throw error
  }
}

/** Parses a validated rule; throws InvalidRule with an English message otherwise. */
export function parseRule(rrule: string): ParsedRule {
  if (/DTSTART/i.test(rrule)) fail('DTSTART must not be part of the rule: the event start is used')
  if (/[\r\n]/.test(rrule)) fail('the rule must be a single line')
  const text = rrule.trim().toUpperCase().replace(/^RRULE:/, '')
  if (text === '') fail('the rule is empty')

  const values = new Map<string, string>()
  const parts: [string, string][] = []
  for (const part of text.split(';')) {
    const match = /^([A-Z]+)=([-+,A-Z0-9]+)$/.exec(part)
    if (!match) fail(`"${part}" is not a NAME=VALUE part`)
    const [, name = '', value = ''] = match
    const unsupported = UNSUPPORTED_PARTS[name]
    if (unsupported) fail(unsupported)
    if (!SUPPORTED_PARTS.includes(name)) fail(`unknown part ${name}`)
    if (values.has(name)) fail(`${name} is given twice`)
    values.set(name, value)
    parts.push([name, value])
  }

  const freq = checkFreq(values.get('FREQ'))
  const count = values.has('COUNT') ? checkInteger('COUNT', values.get('COUNT')!, 1, MAX_COUNT) : null
  const until = values.has('UNTIL') ? parseUntil(values.get('UNTIL')!) : null
  if (count !== null && until !== null) fail('COUNT and UNTIL must not both be given')
  if (values.has('INTERVAL')) checkInteger('INTERVAL', values.get('INTERVAL')!, 1, MAX_INTERVAL)
  if (values.has('WKST') && !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(values.get('WKST')!)) fail('WKST must be a weekday (MO…SU)')
  const months = values.has('BYMONTH') ? list('BYMONTH', values.get('BYMONTH')!, 1, 12, false) : null
  if (values.has('BYDAY')) checkByDay(values.get('BYDAY')!, freq, months !== null)
  if (values.has('BYMONTHDAY')) checkMonthDays(values.get('BYMONTHDAY')!, months)
  if (values.has('BYSETPOS')) {
    if (!['BYDAY', 'BYMONTHDAY', 'BYMONTH'].some((name) => values.has(name))) fail('BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH')
    list('BYSETPOS', values.get('BYSETPOS')!, 1, PERIOD_DAYS[freq], true)
  }
  return { freq, parts, until, count }
}

function checkFreq(value: string | undefined): Frequency {
  if (value === undefined) fail('FREQ is required')
  if (SUB_DAILY.includes(value)) fail(`FREQ=${value} is not supported: an event repeats at most daily`)
  if (!(FREQUENCIES as readonly string[]).includes(value)) fail(`FREQ must be one of ${FREQUENCIES.join(', ')}`)
  return value as Frequency
}

function parseUntil(value: string): RuleUntil {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value)
  if (!match) fail('UNTIL must be a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSSZ)')
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((field) => Number(field ?? 0)) as
    [number, number, number, number, number, number]
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  const valid = probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && probe.getUTCHours() === hour
    && probe.getUTCMinutes() === minute && probe.getUTCSeconds() === second
  if (!valid || year < 1900) fail(`UNTIL=${value} is not a valid date`)
  if (match[4] === undefined) return { year, month, day }
  return { year, month, day, time: { hour, minute, second, utc: match[7] === 'Z' } }
}

function checkByDay(value: string, freq: Frequency, withMonths: boolean): void {
  for (const item of value.split(',')) {
    const match = /^([-+]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item)
    if (!match) fail(`BYDAY: "${item}" is not a weekday such as TU, 1SA or -1FR`)
    if (match[1] === undefined) continue
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') fail('BYDAY with a number (1SA, -1FR) needs FREQ=MONTHLY or YEARLY')
    const limit = freq === 'MONTHLY' || withMonths ? 5 : 53
    const n = Math.abs(Number(match[1]))
    if (n < 1 || n > limit) fail(`BYDAY: "${item}" is out of range (1 to ${limit}, or -1 to -${limit})`)
  }
}

function checkMonthDays(value: string, months: number[] | null): void {
  const days = list('BYMONTHDAY', value, 1, 31, true)
  const lengths = (months ?? MONTH_LENGTHS.map((_, index) => index + 1)).map((month) => MONTH_LENGTHS[month - 1]!)
  if (!days.some((day) => lengths.some((length) => Math.abs(day) <= length))) {
    fail('BYMONTHDAY names no day that exists in the months of the rule')
  }
}

/** A comma-separated list of integers whose absolute values lie in [min, max]; negatives only when allowed. */
function list(name: string, value: string, min: number, max: number, signed: boolean): number[] {
  return value.split(',').map((item) => {
    if (!(signed ? /^[-+]?\d{1,3}$/ : /^\d{1,3}$/).test(item)) fail(`${name}: "${item}" is not a number`)
    const n = Number(item)
    if (Math.abs(n) < min || Math.abs(n) > max) fail(`${name}: ${item} is out of range (${min} to ${max}${signed ? ', or negative' : ''})`)
    return n
  })
}

function checkInteger(name: string, value: string, min: number, max: number): number {
  if (!/^\d{1,6}$/.test(value)) fail(`${name} must be a positive integer`)
  const n = Number(value)
  if (n < min || n > max) fail(`${name} must be between ${min} and ${max}`)
  return n
}

function fail(message: string): never {
  throw new InvalidRule(`Invalid RRULE: ${message}`)
}
