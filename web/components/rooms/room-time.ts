/**
 * Calendar arithmetic of the rooms pages, pure and independent of the
 * browser's own zone: a visitor in Montréal sees and asks for Paris times.
 * Dates travel as `YYYY-MM-DD`, times as `HH:MM`, instants as RFC 3339 with
 * the Paris offset of that date (what the API wants and answers). The Paris
 * conversions themselves are the agenda's (web/format/paris-time.ts).
 */
import { addDays, parisDateTime, parisDay, parisParts } from '../../format/paris-time.js'

export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return day.toISOString().slice(0, 10) === value
}

export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
}

/** `2027-03-20` + `19:00` in Paris as `2027-03-20T19:00:00+01:00`. */
export const parisInstant = parisDateTime

/** Today's date in Paris. */
export function parisToday(now: Date): string {
  return parisDay(now.toISOString())
}

/** The Paris time of day of an instant, `HH:MM`. */
export function parisClock(instant: string): string {
  const { hour, minute } = parisParts(instant)
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

/** The Monday of the week holding `date` (weeks start on Monday in France). */
export function weekStart(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7
  return addDays(date, -weekday)
}

/** The first day of the month holding `date`, and of the month `months` later. */
export function monthStart(date: string, months = 0): string {
  const [year, month] = date.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10)
}

export interface Interval { start: string; end: string }

/** A busy interval seen on one day: its part of that day, in Paris wall-clock times. */
export interface DaySlot { start: string; end: string; interval: Interval }

/**
 * The busy intervals falling on each of `days`, clipped to the day: a loan
 * from 22:00 to 02:00 shows 22:00–24:00 on the first day and 00:00–02:00 on
 * the next.
 */
export function slotsByDay(days: readonly string[], busy: readonly Interval[]): Map<string, DaySlot[]> {
  const result = new Map<string, DaySlot[]>()
  for (const day of days) {
    const dayStart = Date.parse(parisInstant(day, '00:00'))
    const dayEnd = Date.parse(parisInstant(addDays(day, 1), '00:00'))
    const slots: DaySlot[] = []
    for (const interval of busy) {
      const start = Date.parse(interval.start)
      const end = Date.parse(interval.end)
      if (end <= dayStart || start >= dayEnd) continue
      slots.push({
        start: start <= dayStart ? '00:00' : parisClock(interval.start),
        end: end >= dayEnd ? '24:00' : parisClock(interval.end),
        interval,
      })
    }
    result.set(day, slots)
  }
  return result
}

/** The days from `first` (included) to `last` (excluded). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = []
  for (let day = first; day < last; day = addDays(day, 1)) days.push(day)
  return days
}

export type CalendarView = 'week' | 'month'

/** The days a calendar shows around `date`: its week (Monday first) or its month. */
export function calendarPeriod(view: CalendarView, date: string): { first: string; last: string } {
  if (view === 'week') {
    const first = weekStart(date)
    return { first, last: addDays(first, 7) }
  }
  return { first: monthStart(date), last: monthStart(date, 1) }
}

/** The date a calendar moves to with "previous" (-1) or "next" (+1). */
export function shiftPeriod(view: CalendarView, date: string, step: -1 | 1): string {
  return view === 'week' ? addDays(weekStart(date), 7 * step) : monthStart(date, step)
}
