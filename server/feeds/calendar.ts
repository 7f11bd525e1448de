/**
 * Events and room loans as iCalendar (RFC 5545), pure: data in, text out.
 *
 * ical-generator 11 writes each VEVENT (escaping, properties); this file writes
 * the VCALENDAR around them. Measured traps of the library avoided here: with
 * plain Dates it writes the server's wall-clock time under the event's TZID
 * (times go in as ZonedTime); a calendar-level time zone drops the `Z` of
 * DTSTAMP (zones are set per event only); without a generator it writes no
 * VTIMEZONE (written here from vtimezone.ts, one per zone a TZID names).
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator'
import { calendarRecurrence, type CalendarRecurrence, type RecurringEvent } from '../events/recurrence.js'
import { cleanText, escapeText, foldLines, uriValue } from './ical-text.js'
import { vtimezone } from './vtimezone.js'
import { ZonedTime } from './zoned-time.js'

export interface CalendarEvent extends RecurringEvent {
  id: string
  title: string
  description: string
  status: 'published' | 'cancelled'
  /** Grows with each published change (iCal SEQUENCE). */
  sequence: number
  createdAt: Date
  updatedAt: Date
  /** Postal address of the place, '' when none. */
  location: string
  /** [longitude, latitude], null for an online event. */
  geo: [number, number] | null
  /** The event's public page. */
  url: string
  onlineUrl?: string | null
  organiserName?: string | null
  /** Category labels. */
  categories?: string[]
}

export interface CalendarOptions {
  /** X-WR-CALNAME, e.g. "Agenda — Mois de l'ESS 2026 — Indre-et-Loire". */
  name: string
  /** Host part of the UIDs (`<event id>@<host>`). */
  host: string
  /** Public address of the site, written as the calendar's URL. */
  siteUrl: string
  /** Suggested refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL); 60 when not given. */
  refreshMinutes?: number
  events: CalendarEvent[]
}

export interface BusyCalendarOptions {
  name: string
  host: string
  roomId: string
  /** Approved loans; nothing but their times is published. */
  intervals: { id: string; start: Date; end: Date }[]
  /** DTSTAMP of the busy blocks, which carry no modification time of their own. */
  now: Date
  /** Zone in which the times are written; Europe/Paris when not given. */
  timezone?: string
}

const PRODID = '-//Archipel//Archipel//FR'
const DEFAULT_REFRESH_MINUTES = 60

/**
 * One VEVENT per event, recurring ones with their RRULE, RDATE and EXDATE
 * (never expanded). The output depends only on the events: DTSTAMP is the
 * event's last change, as RFC 5545 section 3.8.7.2 asks of an object without
 * METHOD, so an unchanged feed renders byte for byte the same.
 */
export function renderCalendar(options: CalendarOptions): string {
  const events = ical() // parent of the VEVENTs; its own toString is not used
  const zones = new Set<string>()
  const vevents = options.events.map((event) => {
    const zone = checkedZone(event.timezone)
    if (!event.allDay) zones.add(zone)
    const recurrence = calendarRecurrence(event)
    const start = new ZonedTime(recurrence.first.start, zone)
    return events.createEvent({
      id: escapeText(`${event.id}@${options.host}`),
      sequence: event.sequence,
      stamp: event.updatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
      start,
      end: new ZonedTime(recurrence.first.end, zone),
      allDay: event.allDay,
      timezone: zone,
      repeating: recurrenceLines(recurrence, event, start),
      summary: cleanText(event.title),
      description: describe(event),
      location: locationOf(cleanText(event.location || event.onlineUrl || ''), event.geo),
      url: uriValue(event.url),
      categories: (event.categories ?? []).map((name) => ({ name: cleanText(name) })),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    }).toString()
  })
  return calendarText({ name: options.name, siteUrl: options.siteUrl, refreshMinutes: options.refreshMinutes, zones, vevents })
}

/** A room's approved loans as opaque busy blocks named "Occupé", without any personal data. */
export function renderBusyCalendar(options: BusyCalendarOptions): string {
  const zone = checkedZone(options.timezone ?? 'Europe/Paris')
  const events = ical()
  const vevents = options.intervals.map((interval) => events.createEvent({
    id: escapeText(`loan-${interval.id}.room-${options.roomId}@${options.host}`),
    stamp: options.now,
    start: new ZonedTime(interval.start, zone),
    end: new ZonedTime(interval.end, zone),
    timezone: zone,
    summary: 'Occupé',
    transparency: ICalEventTransparency.OPAQUE,
    status: ICalEventStatus.CONFIRMED,
  }).toString())
  return calendarText({ name: options.name, siteUrl: null, zones: new Set([zone]), vevents })
}

interface CalendarParts {
  name: string
  siteUrl: string | null
  refreshMinutes?: number
  /** Zones named by a TZID, each written as a VTIMEZONE. */
  zones: Set<string>
  /** VEVENTs, each ending with CRLF. */
  vevents: string[]
}

/** The VCALENDAR, every line ended by CRLF (the last one too) and folded. */
function calendarText(parts: CalendarParts): string {
  const refresh = `PT${parts.refreshMinutes ?? DEFAULT_REFRESH_MINUTES}M`
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    ...(parts.siteUrl === null ? [] : [`URL:${uriValue(parts.siteUrl)}`]),
    `NAME:${escapeText(parts.name)}`,
    `X-WR-CALNAME:${escapeText(parts.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...[...parts.zones].map((zone) => vtimezone(zone)!),
  ]
  return `${foldLines(head.join('\r\n'))}\r\n${parts.vevents.map(foldLines).join('')}END:VCALENDAR\r\n`
}

function checkedZone(zone: string): string {
  if (vtimezone(zone) === null) throw new RangeError(`No VTIMEZONE for time zone ${zone}`)
  return zone
}

/** RRULE, RDATE and EXDATE lines, dates in the zone and value type of DTSTART; null for a single event. */
function recurrenceLines(recurrence: CalendarRecurrence, event: CalendarEvent, start: ZonedTime): string | null {
  if (recurrence.rrule === null) return null
  const dates = (property: string, values: string[]) =>
    `${property}${event.allDay ? ';VALUE=DATE' : `;TZID=${event.timezone}`}:${values.join(',')}`
  const lines = [`RRULE:${recurrence.rrule}`]
  if (recurrence.startOutsideRule) lines.push(dates('RDATE', [start.local(event.allDay)]))
  const exdates = recurrence.exdates.map((local) => local.replace(/[-:]/g, ''))
  if (exdates.length > 0) lines.push(dates('EXDATE', exdates))
  return lines.join('\n')
}

function describe(event: CalendarEvent): string {
  const paragraphs = [
    event.description.trim(),
    event.organiserName ? `Organisé par : ${event.organiserName}` : '',
    event.onlineUrl ? `En ligne : ${event.onlineUrl}` : '',
    event.url,
  ]
  return cleanText(paragraphs.filter((paragraph) => paragraph !== '').join('\n\n'))
}

function locationOf(place: string, geo: [number, number] | null) {
  const point = geo ? { lon: round(geo[0]), lat: round(geo[1]) } : undefined
  if (place !== '') return { title: place, ...(point ? { geo: point } : {}) }
  return point ? { geo: point } : null
}

/** Six decimals are about 10 cm, more than any address deserves. */
function round(coordinate: number): number {
  return Math.round(coordinate * 1e6) / 1e6
}
