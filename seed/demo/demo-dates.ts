/**
 * Dates of the demo data, relative to the day the seed runs so that the demo
 * never goes stale. The files give days (`{ "week": 2, "day": "TU" }`) and
 * local wall-clock times (`"18:30"`); they are placed in Europe/Paris with
 * Luxon, so daylight saving is right whatever the process's TZ.
 */
import { DateTime, type WeekdayNumbers } from 'luxon'

export const DEMO_ZONE = 'Europe/Paris'

const WEEKDAYS = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 } as const
export type Weekday = keyof typeof WEEKDAYS

/**
 * A day, in one of three frames:
 * - `week` (+ `day`): that weekday of the ISO week `week` weeks after the current one;
 * - `month_offset` (+ `nth` and `day`, or `monthday`): in the month that many months after the current one;
 * - `month` (+ `nth` and `day`, or `monthday`): in that month of this year if it is not over, else of next year.
 * `nth` counts weekdays of the month as RRULE's BYDAY does: 2 = second, -1 = last.
 */
export interface DaySpec {
  week?: number
  month_offset?: number
  month?: number
  nth?: number
  day?: Weekday
  monthday?: number
}

/** When something happens: a day, then either times or a number of whole days. */
export interface Schedule {
  date: DaySpec
  /** Local start time, `HH:mm`. */
  time?: string
  /** Local end time, `HH:mm`; an end not after the start means the next day. */
  end_time?: string
  all_day?: boolean
  /** Number of days of an all-day event (1 by default). */
  days?: number
}

/** The local midnight starting the day the spec designates, counted from `now`. */
export function resolveDay(spec: DaySpec, now: Date, zone = DEMO_ZONE): DateTime {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day')
  if (spec.week !== undefined) {
    return today.startOf('week').plus({ weeks: spec.week }).set({ weekday: weekday(spec) })
  }
  let month: DateTime
  if (spec.month_offset !== undefined) month = today.startOf('month').plus({ months: spec.month_offset })
  else if (spec.month !== undefined) month = today.set({ month: spec.month, day: 1 }).plus({ years: today.month > spec.month ? 1 : 0 })
  else throw new Error(`Demo date ${JSON.stringify(spec)} has no week, month_offset or month`)
  return dayOfMonth(month, spec)
}

/** The year of the next month `month` that is not over (this year's or next year's). */
export function upcomingYear(month: number, now: Date, zone = DEMO_ZONE): number {
  return resolveDay({ month, monthday: 1 }, now, zone).year
}

/** Start and end instants of a schedule. */
export function resolveTimes(schedule: Schedule, now: Date, zone = DEMO_ZONE): { start: Date; end: Date } {
  const day = resolveDay(schedule.date, now, zone)
  if (schedule.all_day) {
    // Calendar arithmetic in the zone: the end stays at local midnight across a DST change.
    return { start: day.toJSDate(), end: day.plus({ days: schedule.days ?? 1 }).toJSDate() }
  }
  if (!schedule.time || !schedule.end_time) {
    throw new Error(`Demo schedule ${JSON.stringify(schedule.date)} needs time and end_time, or all_day`)
  }
  const start = atTime(day, schedule.time)
  let end = atTime(day, schedule.end_time)
  if (end <= start) end = atTime(day.plus({ days: 1 }), schedule.end_time)
  return { start: start.toJSDate(), end: end.toJSDate() }
}

/** An excluded occurrence as the event's local time (`2027-03-20T10:00:00`), or its date when all-day. */
export function localExdate(spec: DaySpec, schedule: Schedule, now: Date, zone = DEMO_ZONE): string {
  const day = resolveDay(spec, now, zone)
  if (schedule.all_day || !schedule.time) return day.toFormat('yyyy-LL-dd')
  return atTime(day, schedule.time).toFormat("yyyy-LL-dd'T'HH:mm:ss")
}

function atTime(day: DateTime, time: string): DateTime {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (!match) throw new Error(`Demo time "${time}" is not HH:mm`)
  return day.set({ hour: Number(match[1]), minute: Number(match[2]) })
}

function weekday(spec: DaySpec): WeekdayNumbers {
  if (!spec.day || !(spec.day in WEEKDAYS)) throw new Error(`Demo date ${JSON.stringify(spec)} needs a day (MO…SU)`)
  return WEEKDAYS[spec.day]
}

function dayOfMonth(month: DateTime, spec: DaySpec): DateTime {
  const length = month.daysInMonth ?? 28
  let day: number
  if (spec.monthday !== undefined) {
    day = spec.monthday
  } else if (spec.nth !== undefined && spec.nth > 0) {
    day = 1 + ((weekday(spec) - month.weekday + 7) % 7) + 7 * (spec.nth - 1)
  } else if (spec.nth !== undefined && spec.nth < 0) {
    const last = month.set({ day: length })
    day = length - ((last.weekday - weekday(spec) + 7) % 7) + 7 * (spec.nth + 1)
  } else {
    throw new Error(`Demo date ${JSON.stringify(spec)} needs monthday, or nth and day`)
  }
  if (day < 1 || day > length) throw new Error(`Demo date ${JSON.stringify(spec)} falls outside ${month.toFormat('yyyy-LL')}`)
  return month.set({ day })
}
