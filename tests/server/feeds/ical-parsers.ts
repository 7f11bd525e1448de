/**
 * Two independent iCalendar parsers for the feed tests: ical.js (the parser of
 * Thunderbird) and Python's `icalendar` (Debian python3-icalendar), so a feed
 * is judged by readers we did not write.
 */
import ICAL from 'ical.js'
import { runPython } from './python.js'

// X- properties default to TEXT (RFC 5545 section 3.8.8.2) and NAME is TEXT
// (RFC 7986); ical.js leaves properties it does not know unescaped.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' }
ICAL.design.icalendar.property['name'] = { defaultType: 'text' }

export interface IcalJsEvent {
  uid: string
  summary: string
  description: string | null
  location: string | null
  url: string | null
  status: string | null
  transp: string | null
  sequence: number
  categories: string[]
  geo: [number, number] | null
  start: ICAL.Time
  end: ICAL.Time
  rrule: string | null
  exdates: ICAL.Time[]
  component: ICAL.Component
  event: ICAL.Event
}

/** Parses with ical.js, registering the file's VTIMEZONEs so TZID times become instants. */
export function parseWithIcalJs(ics: string): { calendar: ICAL.Component; events: IcalJsEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  ICAL.TimezoneService.reset()
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const text = (name: string) => {
      const value = component.getFirstPropertyValue(name)
      return value === null ? null : String(value)
    }
    const geo = component.getFirstPropertyValue('geo') as [number, number] | null
    const rrule = component.getFirstPropertyValue('rrule') as ICAL.Recur | null
    return {
      uid: event.uid,
      summary: event.summary,
      description: text('description'),
      location: text('location'),
      url: text('url'),
      status: text('status'),
      transp: text('transp'),
      sequence: event.sequence,
      categories: component.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
      geo,
      start: event.startDate,
      end: event.endDate,
      rrule: rrule === null ? null : rrule.toString(),
      exdates: component.getAllProperties('exdate').flatMap((property) => property.getValues() as ICAL.Time[]),
      component,
      event,
    }
  })
  return { calendar, events }
}

/** The first occurrences of a recurring event, as ical.js's own recurrence engine expands them (EXDATE applied). */
export function icalJsOccurrences(event: ICAL.Event, max: number): { start: ICAL.Time; end: ICAL.Time }[] {
  const iterator = event.iterator()
  const found: { start: ICAL.Time; end: ICAL.Time }[] = []
  for (let next = iterator.next(); next && found.length < max; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next)
    found.push({ start: details.startDate, end: details.endDate })
  }
  return found
}

export interface PythonDateValue {
  /** ISO 8601, with the offset for a time (`2027-10-19T14:00:00+02:00`), or a date. */
  value: string
  tzid: string | null
  type: string | null
}

export interface PythonEvent {
  uid: string
  summary: string
  description: string | null
  location: string | null
  url: string | null
  status: string | null
  transp: string | null
  sequence: number | null
  dtstamp: PythonDateValue | null
  last_modified: PythonDateValue | null
  dtstart: PythonDateValue
  dtend: PythonDateValue | null
  rrule: string | null
  exdates: string[]
  exdate_params: Record<string, string>[]
  geo: [number, number] | null
  properties: string[]
}

export interface PythonCalendar {
  calendar: Record<string, string | null>
  /** Every component's parse errors, `[component name, errors]`; icalendar records them instead of failing. */
  errors: [string, string[][]][]
  timezones: string[]
  events: PythonEvent[]
}

const PYTHON_SCRIPT = String.raw`
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
def text(v):
    return None if v is None else str(v)
def when(c, name):
    p = c.get(name)
    if p is None: return None
    return {'value': p.dt.isoformat(), 'tzid': p.params.get('TZID'), 'type': p.params.get('VALUE')}
out = {'calendar': {k: text(cal.get(k)) for k in ('X-WR-CALNAME', 'NAME', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL', 'VERSION', 'PRODID')},
       'errors': [], 'timezones': [], 'events': []}
for c in cal.walk():
    if c.errors:
        out['errors'].append([c.name, [[str(x) for x in e] for e in c.errors]])
    if c.name == 'VTIMEZONE':
        out['timezones'].append(str(c.get('TZID')))
    if c.name != 'VEVENT':
        continue
    ex = c.get('EXDATE')
    exl = ex if isinstance(ex, list) else ([] if ex is None else [ex])
    geo = c.get('GEO')
    out['events'].append({
        'uid': text(c.get('UID')), 'summary': text(c.get('SUMMARY')), 'description': text(c.get('DESCRIPTION')),
        'location': text(c.get('LOCATION')), 'url': text(c.get('URL')), 'status': text(c.get('STATUS')),
        'transp': text(c.get('TRANSP')), 'sequence': c.get('SEQUENCE'),
        'dtstamp': when(c, 'DTSTAMP'), 'last_modified': when(c, 'LAST-MODIFIED'),
        'dtstart': when(c, 'DTSTART'), 'dtend': when(c, 'DTEND'),
        'rrule': c.get('RRULE').to_ical().decode() if c.get('RRULE') is not None else None,
        'exdates': [d.dt.isoformat() for e in exl for d in e.dts],
        'exdate_params': [dict(e.params) for e in exl],
        'geo': [geo.latitude, geo.longitude] if geo is not None else None,
        'properties': sorted(c.keys()),
    })
print(json.dumps(out))
`

export function parseWithPython(ics: string): PythonCalendar {
  return JSON.parse(runPython(PYTHON_SCRIPT, ics)) as PythonCalendar
}
