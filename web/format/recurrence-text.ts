/**
 * An event's RRULE (RFC 5545) told in words, in French or English:
 * "tous les mardis jusqu'au mardi 30 juin 2026", "le 1er jeudi de chaque
 * mois", "every Tuesday, 10 times". Parts a rule leaves out (the day of a
 * weekly rule, the day of month of a monthly one) come from the event start,
 * as RFC 5545 says. Rules beyond what the agenda's form writes (BYSETPOS...)
 * get a plain "repeats" rather than a wrong sentence.
 */
import type { Language } from '../i18n/language.js'
import { dayKey, formatDay, parisDay } from './paris-time.js'

const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type WeekdayCode = (typeof weekdayCodes)[number]

const weekdayNames: Record<Language, string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
}

export function weekdayName(code: WeekdayCode, language: Language): string {
  return weekdayNames[language][weekdayCodes.indexOf(code)]!
}

export function isWeekdayCode(value: string): value is WeekdayCode {
  return (weekdayCodes as readonly string[]).includes(value)
}

/** The weekday code of a `YYYY-MM-DD` day. */
export function weekdayOf(key: string): WeekdayCode {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  return weekdayCodes[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!
}

/** The rule in words, or null when the event does not repeat. */
export function describeRecurrence(rrule: string | null, start: string, language: Language): string | null {
  if (!rrule) return null
  const parts = new Map(rrule.toUpperCase().replace(/^RRULE:/, '').split(';').map((part) => {
    const [name = '', value = ''] = part.split('=')
    return [name, value] as [string, string]
  }))
  const fr = language === 'fr'
  const generic = fr ? 'se répète' : 'repeats'
  if (['BYSETPOS', 'BYMONTH'].some((name) => parts.has(name))) return generic
  const interval = Number(parts.get('INTERVAL') ?? '1')
  const startDay = parisDay(start)
  const byDay = (parts.get('BYDAY') ?? '').split(',').filter(Boolean)
  const frequency = parts.get('FREQ')
  let text: string | null = null
  if (frequency === 'DAILY' && !byDay.length) text = every(interval, fr ? 'jour' : 'day', language)
  if (frequency === 'WEEKLY') text = weekly(byDay.length ? byDay : [weekdayOf(startDay)], interval, language)
  if (frequency === 'MONTHLY') text = monthly(byDay, parts.get('BYMONTHDAY'), startDay, interval, language)
  if (frequency === 'YEARLY' && !byDay.length) text = every(interval, fr ? 'an' : 'year', language)
  if (text === null) return generic
  return text + ending(parts, language)
}

function every(interval: number, unit: string, language: Language): string {
  if (language === 'en') return interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`
  const feminine = unit === 'semaine'
  const plural = unit === 'mois' ? 'mois' : `${unit}s`
  return interval === 1 ? `${feminine ? 'toutes les' : 'tous les'} ${plural}` : `${feminine ? 'toutes les' : 'tous les'} ${interval} ${plural}`
}

function list(items: string[], language: Language): string {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${language === 'fr' ? 'et' : 'and'} ${items.at(-1)}`
}

function weekly(days: string[], interval: number, language: Language): string | null {
  if (!days.every(isWeekdayCode)) return null
  const names = days.map((day) => weekdayName(day, language))
  if (language === 'en') return interval === 1 ? `every ${list(names, language)}` : `every ${interval} weeks on ${list(names, language)}`
  if (interval === 1) return `tous les ${list(names.map((name) => `${name}s`), language)}`
  return `${every(interval, 'semaine', language)}, le ${list(names, language)}`
}

function monthly(byDay: string[], byMonthDay: string | undefined, startDay: string, interval: number, language: Language): string | null {
  const fr = language === 'fr'
  let which: string | null
  if (byDay.length === 1) {
    const match = /^([+-]?\d)?([A-Z]{2})$/.exec(byDay[0]!)
    if (!match || !match[1] || !isWeekdayCode(match[2]!)) return null
    which = `${ordinal(Number(match[1]), language)} ${weekdayName(match[2], language)}`
  } else if (byDay.length > 1) {
    return null
  } else {
    const monthDays = (byMonthDay ?? String(Number(startDay.slice(8)))).split(',').map(Number)
    if (monthDays.length !== 1 || !Number.isInteger(monthDays[0])) return null
    const day = monthDays[0]!
    which = day < 0 ? ordinal(day, language) + (fr ? ' jour' : ' day') : fr ? (day === 1 ? '1er' : String(day)) : ordinal(day, language)
  }
  if (interval === 1) return fr ? `le ${which} de chaque mois` : `on the ${which} of every month`
  return fr ? `${every(interval, 'mois', language)}, le ${which}` : `every ${interval} months on the ${which}`
}

function ordinal(n: number, language: Language): string {
  if (language === 'fr') {
    if (n === -1) return 'dernier'
    if (n === -2) return 'avant-dernier'
    return n === 1 ? '1er' : `${n}e`
  }
  if (n === -1) return 'last'
  if (n === -2) return 'second to last'
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'
  return `${n}${suffix}`
}

function ending(parts: Map<string, string>, language: Language): string {
  const count = parts.get('COUNT')
  if (count) return language === 'fr' ? `, ${count} fois` : `, ${count} times`
  const until = parts.get('UNTIL')
  const match = until ? /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until) : null
  if (!match) return ''
  let day = dayKey(Number(match[1]), Number(match[2]), Number(match[3]))
  // A UTC limit names a moment: its day is the day in Paris.
  if (match[7] === 'Z') day = parisDay(`${day}T${match[4]}:${match[5]}:${match[6]}Z`)
  return language === 'fr' ? ` jusqu\u2019au ${formatDay(day, language)}` : ` until ${formatDay(day, language)}`
}
