/**
 * Dates and times of the agenda as a visitor in France reads them: always in
 * Europe/Paris (SPEC §2.3), whatever the zone of the browser. Timed values
 * arrive as RFC 3339 with an offset; all-day values as bare dates
 * (`2026-11-14`), which name a calendar day and are never shifted.
 */
import type { Language } from '../i18n/language.js'

export const PARIS = 'Europe/Paris'

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }
const bareDate = /^(\d{4})-(\d{2})-(\d{2})$/

export function isBareDate(value: string): boolean {
  return bareDate.test(value)
}

/** Calendar parts of a moment in Paris; a bare date is taken as is. */
export function parisParts(value: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const date = bareDate.exec(value)
  if (date) return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), hour: 0, minute: 0 }
  const parts = partsFormatter.formatToParts(new Date(value))
  const read = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return { year: read('year'), month: read('month'), day: read('day'), hour: read('hour') % 24, minute: read('minute') }
}

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: PARIS, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
})

/** The Paris day of a moment (or the bare date itself), as `YYYY-MM-DD`. */
export function parisDay(value: string): string {
  const { year, month, day } = parisParts(value)
  return dayKey(year, month, day)
}

export function dayKey(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The day before or after a `YYYY-MM-DD` key (calendar arithmetic, no zone). */
export function addDays(key: string, days: number): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day + days))
  return dayKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** "mardi 3 mars 2026" / "Tuesday 3 March 2026" for a `YYYY-MM-DD` key. */
export function formatDay(key: string, language: Language, withYear = true): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  // Noon UTC of that day is the same calendar day in every zone used below.
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(Date.UTC(year, month - 1, day, 12)))
}

/** "mars 2026" / "March 2026" for a month. */
export function formatMonth(year: number, month: number, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', month: 'long', year: 'numeric' })
    .format(new Date(Date.UTC(year, month - 1, 15)))
}

/** The time of day in Paris: "14 h", "9 h 30" in French; "14:00" in English. */
export function formatTime(value: string, language: Language): string {
  const { hour, minute } = parisParts(value)
  if (language === 'en') return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  return minute === 0 ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${String(minute).padStart(2, '0')}`
}

/** "14 h – 17 h": the hours of one occurrence, for a list grouped by day. */
export function formatTimeRange(start: string, end: string, language: Language): string {
  return `${formatTime(start, language)} – ${formatTime(end, language)}`
}

/**
 * When an event (or an occurrence) takes place, in words:
 * "samedi 14 novembre 2026, de 14 h à 17 h"; over several days
 * "du samedi 14 novembre 2026 à 14 h au dimanche 15 novembre 2026 à 17 h";
 * all-day (end exclusive) "samedi 14 novembre 2026, toute la journée" or
 * "du samedi 14 novembre 2026 au dimanche 15 novembre 2026".
 */
export function formatWhen(start: string, end: string, allDay: boolean, language: Language): string {
  const fr = language === 'fr'
  const firstDay = parisDay(start)
  if (allDay) {
    const lastDay = addDays(end, -1) > firstDay ? addDays(end, -1) : firstDay
    if (lastDay === firstDay) return `${formatDay(firstDay, language)}${fr ? ', toute la journée' : ', all day'}`
    return fr
      ? `du ${formatDay(firstDay, language)} au ${formatDay(lastDay, language)}`
      : `from ${formatDay(firstDay, language)} to ${formatDay(lastDay, language)}`
  }
  const lastDay = parisDay(end)
  const from = formatTime(start, language)
  const to = formatTime(end, language)
  if (lastDay === firstDay) {
    return fr ? `${formatDay(firstDay, language)}, de ${from} à ${to}` : `${formatDay(firstDay, language)}, ${from} to ${to}`
  }
  return fr
    ? `du ${formatDay(firstDay, language)} à ${from} au ${formatDay(lastDay, language)} à ${to}`
    : `from ${formatDay(firstDay, language)} at ${from} to ${formatDay(lastDay, language)} at ${to}`
}

/** The offset of Paris at a local date and time, as `+01:00` or `+02:00`. */
export function parisOffset(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  // The offset at the instant the local time would be if it were UTC, then
  // once more at the corrected instant: right on both sides of a DST change.
  let offset = offsetMinutesAt(asUtc)
  offset = offsetMinutesAt(asUtc - offset * 60_000)
  const sign = offset < 0 ? '-' : '+'
  const absolute = Math.abs(offset)
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`
}

/** RFC 3339 for a local date and time in Paris: `2026-03-03T18:30:00+01:00`. */
export function parisDateTime(date: string, time: string): string {
  return `${date}T${time}:00${parisOffset(date, time)}`
}

const offsetFormatter = new Intl.DateTimeFormat('en-US', { timeZone: PARIS, timeZoneName: 'longOffset' })

function offsetMinutesAt(instant: number): number {
  const name = offsetFormatter.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}
