import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { expandOccurrences } from '../../../server/events/recurrence.js'
import { renderBusyCalendar, renderCalendar, type CalendarEvent } from '../../../server/feeds/calendar.js'
import { icalJsOccurrences, parseWithIcalJs, parseWithPython } from './ical-parsers.js'

// Times are compared as instants and as Paris wall-clock times, never through the
// process zone: the file is run under TZ=UTC and TZ=America/Montreal.

const PARIS = 'Europe/Paris'
const HOST = 'archipel.example'

function paris(local: string): Date {
  return DateTime.fromISO(local, { zone: PARIS }).toJSDate()
}

function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const id = randomUUID()
  return {
    id,
    title: 'Portes ouvertes de la recyclerie',
    description: 'Visite des ateliers.',
    start: paris('2027-10-19T14:00'),
    end: paris('2027-10-19T16:00'),
    allDay: false,
    timezone: PARIS,
    rrule: null,
    exdates: [],
    status: 'published',
    sequence: 0,
    createdAt: new Date('2026-09-01T08:00:00Z'),
    updatedAt: new Date('2026-09-02T09:30:00Z'),
    location: '12 rue Nationale, 37000 Tours',
    geo: [0.6848, 47.3941],
    url: `https://${HOST}/agenda/${id}`,
    ...overrides,
  }
}

function render(events: CalendarEvent[], name = 'Agenda — Tours') {
  return renderCalendar({ name, host: HOST, siteUrl: `https://${HOST}/`, events })
}

/** Content lines without their folding, to look for a whole line in the raw text. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '')
}

/** Both parsers read the feed; Python's icalendar records, rather than raises, what it cannot read. */
function parseBoth(ics: string) {
  const python = parseWithPython(ics)
  expect(python.errors).toEqual([])
  return { ical: parseWithIcalJs(ics), python }
}

const wallClock = (date: Date) => DateTime.fromJSDate(date, { zone: PARIS }).toFormat("yyyy-LL-dd'T'HH:mm")

describe('renderCalendar', () => {
  it('renders one VEVENT per event, with a stable UID and its SEQUENCE, read by both parsers', () => {
    const events = [calendarEvent({ sequence: 3 }), calendarEvent({ rrule: 'FREQ=WEEKLY;COUNT=5' }), calendarEvent({ allDay: true })]
    const { ical, python } = parseBoth(render(events))
    const uids = events.map((event) => `${event.id}@${HOST}`)
    expect(ical.events.map((event) => event.uid)).toEqual(uids)
    expect(python.events.map((event) => event.uid)).toEqual(uids)
    expect(ical.events.map((event) => event.sequence)).toEqual([3, 0, 0])
    expect(python.events.map((event) => event.sequence)).toEqual([3, 0, 0])
    expect(python.calendar.VERSION).toBe('2.0')
  })

  it('writes a timed event in its zone under TZID, with a matching VTIMEZONE', () => {
    const event = calendarEvent()
    const ics = render([event])
    expect(unfold(ics)).toContain('\r\nDTSTART;TZID=Europe/Paris:20271019T140000\r\n')
    expect(unfold(ics)).toContain('\r\nDTEND;TZID=Europe/Paris:20271019T160000\r\n')
    const { ical, python } = parseBoth(ics)
    const [parsed] = ical.events
    expect(parsed!.start.zone?.tzid).toBe(PARIS)
    expect(parsed!.start.toJSDate()).toEqual(event.start)
    expect(parsed!.end.toJSDate()).toEqual(event.end)
    expect(python.events[0]!.dtstart).toEqual({ value: '2027-10-19T14:00:00+02:00', tzid: PARIS, type: null })
    expect(python.timezones).toEqual([PARIS])
  })

  it('writes an event of another zone under that zone, even when its name is an alias', () => {
    const event = calendarEvent({ timezone: 'America/Montreal', start: new Date('2027-03-26T23:00:00Z'), end: new Date('2027-03-27T01:00:00Z') })
    const ics = render([event])
    expect(unfold(ics)).toContain('\r\nDTSTART;TZID=America/Montreal:20270326T190000\r\n')
    const { ical, python } = parseBoth(ics)
    expect(ical.events[0]!.start.toJSDate()).toEqual(event.start)
    expect(python.timezones).toEqual(['America/Montreal'])
    expect(python.events[0]!.dtstart.value).toBe('2027-03-26T19:00:00-04:00')
  })

  it('writes an all-day event as dates with an exclusive end', () => {
    const event = calendarEvent({ allDay: true, start: paris('2027-12-12T00:00'), end: paris('2027-12-14T00:00') })
    const ics = render([event])
    expect(unfold(ics)).toContain('\r\nDTSTART;VALUE=DATE:20271212\r\nDTEND;VALUE=DATE:20271214\r\n')
    const { ical, python } = parseBoth(ics)
    expect([ical.events[0]!.start.isDate, ical.events[0]!.start.toString(), ical.events[0]!.end.toString()])
      .toEqual([true, '2027-12-12', '2027-12-14'])
    expect(python.events[0]!.dtstart).toEqual({ value: '2027-12-12', tzid: null, type: 'DATE' })
    expect(python.events[0]!.dtend).toEqual({ value: '2027-12-14', tzid: null, type: 'DATE' })
  })

  it('carries the RRULE and EXDATE of a recurring event, in the zone and value type of DTSTART, instead of expanding it', () => {
    const weekly = calendarEvent({ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231T225959Z', exdates: ['2027-11-02T14:00:00', '2027-10-26T14:00:00'] })
    const yearly = calendarEvent({ allDay: true, start: paris('2027-03-27T00:00'), end: paris('2027-03-29T00:00'), rrule: 'FREQ=YEARLY;COUNT=3', exdates: ['2028-03-27'] })
    const ics = render([weekly, yearly])
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(2)
    expect(unfold(ics)).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231T225959Z\r\nEXDATE;TZID=Europe/Paris:20271026T140000,20271102T140000\r\n')
    expect(unfold(ics)).toContain('\r\nRRULE:FREQ=YEARLY;COUNT=3\r\nEXDATE;VALUE=DATE:20280327\r\n')

    const { ical, python } = parseBoth(ics)
    expect(ical.events.map((event) => event.rrule)).toEqual(['FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231T225959Z', 'FREQ=YEARLY;COUNT=3'])
    expect(ical.events[0]!.exdates.map((time) => time.toJSDate())).toEqual([paris('2027-10-26T14:00'), paris('2027-11-02T14:00')])
    expect(ical.events[1]!.exdates.map((time) => [time.isDate, time.toString()])).toEqual([[true, '2028-03-27']])
    expect(python.events[0]!.exdates).toEqual(['2027-10-26T14:00:00+02:00', '2027-11-02T14:00:00+01:00'])
    expect(python.events[0]!.exdate_params).toEqual([{ TZID: PARIS }])
    expect(python.events[1]!.exdates).toEqual(['2028-03-27'])
    expect(python.events[1]!.rrule).toBe('FREQ=YEARLY;COUNT=3')
  })

  it('writes UNTIL as a date beside an all-day DTSTART and in UTC beside a timed one', () => {
    const ics = render([
      calendarEvent({ allDay: true, start: paris('2027-06-05T00:00'), end: paris('2027-06-06T00:00'), rrule: 'FREQ=WEEKLY;UNTIL=20270626T215959Z' }),
      calendarEvent({ rrule: 'FREQ=WEEKLY;UNTIL=20271130' }),
    ])
    expect(unfold(ics)).toContain('\r\nRRULE:FREQ=WEEKLY;UNTIL=20270626\r\n')
    expect(unfold(ics)).toContain('\r\nRRULE:FREQ=WEEKLY;UNTIL=20271130T225959Z\r\n')
    parseBoth(ics)
  })

  // Local times that a change of time skips or repeats (02:30 on the last Sunday of March or
  // October) are left out: ical.js reads them with the offset after the change where RFC 5545
  // section 3.3.5 says the one before; recurrence.test.ts checks the RFC reading.
  it('lets a calendar client expand each rule to the same occurrences as the agenda, across changes of time', () => {
    const events = [
      calendarEvent({ start: paris('2027-10-12T10:00'), end: paris('2027-10-12T12:00'), rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', exdates: ['2027-10-26T10:00:00'] }),
      calendarEvent({ start: paris('2027-03-05T18:30'), end: paris('2027-03-05T21:00'), rrule: 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630T215959Z' }),
      calendarEvent({ start: paris('2027-03-15T09:00'), end: paris('2027-03-15T10:00'), rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=7' }),
      calendarEvent({ start: paris('2027-09-06T09:00'), end: paris('2027-09-06T10:00'), rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' }),
    ]
    const { ical } = parseBoth(render(events))
    events.forEach((event, index) => {
      const agenda = expandOccurrences(event, new Date('2027-01-01T00:00:00Z'), new Date('2029-01-01T00:00:00Z'), 20)
      const client = icalJsOccurrences(ical.events[index]!.event, 20)
      expect(client.map(({ start, end }) => [start.toJSDate(), end.toJSDate()])).toEqual(agenda.map(({ start, end }) => [start, end]))
    })
  })

  it('lets a calendar client expand an all-day rule to the same local dates as the agenda', () => {
    const event = calendarEvent({ allDay: true, start: paris('2027-03-20T00:00'), end: paris('2027-03-22T00:00'), rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2027-04-03'] })
    const { ical } = parseBoth(render([event]))
    const agenda = expandOccurrences(event, new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'))
    const localDate = (date: Date) => DateTime.fromJSDate(date, { zone: PARIS }).toISODate()
    expect(icalJsOccurrences(ical.events[0]!.event, 10).map(({ start, end }) => [start.toString(), end.toString()]))
      .toEqual(agenda.map(({ start, end }) => [localDate(start), localDate(end)]))
  })

  it('marks a cancelled event STATUS:CANCELLED and keeps it in the feed', () => {
    const { ical, python } = parseBoth(render([calendarEvent({ status: 'cancelled', sequence: 4 }), calendarEvent()]))
    expect(ical.events.map((event) => event.status)).toEqual(['CANCELLED', 'CONFIRMED'])
    expect(python.events.map((event) => event.status)).toEqual(['CANCELLED', 'CONFIRMED'])
  })

  it('stamps DTSTAMP and LAST-MODIFIED in UTC with Z, from the last change of the event', () => {
    const ics = render([calendarEvent(), calendarEvent({ allDay: true })])
    expect(ics.match(/^DTSTAMP:20260902T093000Z\r$/gm)).toHaveLength(2)
    expect(ics.match(/^LAST-MODIFIED:20260902T093000Z\r$/gm)).toHaveLength(2)
    expect(ics.match(/^CREATED:20260901T080000Z\r$/gm)).toHaveLength(2)
    const { python } = parseBoth(ics)
    expect(python.events.map((event) => event.dtstamp?.value)).toEqual(['2026-09-02T09:30:00+00:00', '2026-09-02T09:30:00+00:00'])
    expect(python.events.map((event) => event.last_modified?.value)).toEqual(['2026-09-02T09:30:00+00:00', '2026-09-02T09:30:00+00:00'])
  })

  it('writes the same bytes for the same events whenever it runs, so the feed can be cached by its content', () => {
    const events = [calendarEvent({ rrule: 'FREQ=DAILY;COUNT=2' })]
    expect(render(events)).toBe(render(events))
  })

  it('names the feed and suggests a refresh interval', () => {
    const name = "Agenda — Mois de l'ESS 2026, Indre-et-Loire; réseau\nsolidaire"
    const ics = renderCalendar({ name, host: HOST, siteUrl: `https://${HOST}/`, refreshMinutes: 30, events: [] })
    expect(unfold(ics)).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT30M\r\n')
    expect(unfold(ics)).toContain('\r\nX-PUBLISHED-TTL:PT30M\r\n')
    const { ical, python } = parseBoth(ics)
    expect(ical.calendar.getFirstPropertyValue('x-wr-calname')).toBe(name)
    expect(python.calendar['X-WR-CALNAME']).toBe(name)
    expect(String(ical.calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT30M')
  })

  it('carries the place, its point, the page and the categories', () => {
    const event = calendarEvent({ categories: ['Alimentation', 'Réemploi, recyclage'], organiserName: 'La Ressourcerie' })
    const ics = render([event])
    expect(unfold(ics)).toContain('\r\nGEO:47.3941;0.6848\r\n')
    const { ical, python } = parseBoth(ics)
    const [parsed] = ical.events
    expect(parsed!.location).toBe('12 rue Nationale, 37000 Tours')
    expect(parsed!.geo).toEqual([47.3941, 0.6848])
    expect(parsed!.url).toBe(event.url)
    expect(parsed!.categories).toEqual(['Alimentation', 'Réemploi, recyclage'])
    expect(parsed!.description).toBe(`Visite des ateliers.\n\nOrganisé par : La Ressourcerie\n\n${event.url}`)
    expect(python.events[0]!.geo).toEqual([47.3941, 0.6848])
    expect(python.events[0]!.location).toBe('12 rue Nationale, 37000 Tours')
  })

  it('places an online event at its address on the web, without a point', () => {
    const event = calendarEvent({ location: '', geo: null, onlineUrl: 'https://visio.example/salle-ess' })
    const { ical, python } = parseBoth(render([event]))
    expect(ical.events[0]!.location).toBe('https://visio.example/salle-ess')
    expect(ical.events[0]!.geo).toBeNull()
    expect(ical.events[0]!.description).toContain('En ligne : https://visio.example/salle-ess')
    expect(python.events[0]!.properties).not.toContain('GEO')
  })

  it('writes the page address as a URI, not as escaped text', () => {
    const url = `https://${HOST}/agenda?jours=lundi,mardi;tri=date`
    const ics = render([calendarEvent({ url })])
    expect(unfold(ics)).toContain('\r\nURL;VALUE=URI:https://archipel.example/agenda?jours=lundi%2Cmardi%3Btri=date\r\n')
    parseBoth(ics)
  })

  it('keeps accents, commas, semicolons, backslashes and line breaks intact through both parsers', () => {
    const title = 'Café-débat : « L’ESS, demain ; et après ? » \\ C:\\chemin'
    const description = 'Première ligne,\nseconde ; avec, des virgules\r\net une troisième\n\n— fin \\ ok'
    const location = 'Salle « Les Tanneurs », 5 rue de l’Œuvre ; 2e étage'
    const ics = render([calendarEvent({ title, description, location })])
    const { ical, python } = parseBoth(ics)
    const expectedDescription = `${description.replace(/\r\n/g, '\n')}\n\n${ical.events[0]!.url}`
    for (const parsed of [ical.events[0]!, python.events[0]!]) {
      expect(parsed.summary).toBe(title)
      expect(parsed.description).toBe(expectedDescription)
      expect(parsed.location).toBe(location)
    }
  })

  it('escapes a backslash before n, a comma or a semicolon so that no reader sees a line break', () => {
    // Python icalendar 4.0.3 (Debian 12) unescapes with chained replaces and reads `\\n` as a
    // backslash then a line break; ical.js reads RFC 5545 escapes one at a time, so it judges here.
    const title = 'Chemin C:\\new\\dossier, \\; fin'
    const ics = render([calendarEvent({ title })])
    expect(unfold(ics)).toContain('\r\nSUMMARY:Chemin C:\\\\new\\\\dossier\\, \\\\\\; fin\r\n')
    expect(parseWithIcalJs(ics).events[0]!.summary).toBe(title)
  })

  it('keeps a title that imitates the end of an event inside one event', () => {
    const title = 'Atelier\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:intrus@example.org\r\nSUMMARY:Intrus'
    const ics = render([calendarEvent({ title })])
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1)
    const { ical, python } = parseBoth(ics)
    expect(ical.events.map((event) => event.summary)).toEqual([title.replace(/\r\n/g, '\n')])
    expect(python.events.map((event) => event.summary)).toEqual([title.replace(/\r\n/g, '\n')])
  })

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const words = ['Fête', 'énergétique', 'coopérative', 'où', 'l’été', 'résonne', 'à', 'Orléans', '🌻', 'œuvre', 'naïve', 'déjà']
    let title = ''
    for (let index = 0; title.length < 300; index++) title += `${words[index % words.length]} `
    title = title.slice(0, 300)
    const ics = render([calendarEvent({ title, description: title.repeat(3) })])

    const bytes = Buffer.from(ics, 'utf8')
    const lines: Buffer[] = []
    for (let startAt = 0; startAt < bytes.length;) {
      const end = bytes.indexOf('\r\n', startAt)
      lines.push(bytes.subarray(startAt, end))
      startAt = end + 2
    }
    const decoder = new TextDecoder('utf-8', { fatal: true })
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75)
      expect(() => decoder.decode(line)).not.toThrow()
    }
    const summaryLines = ics.slice(ics.indexOf('SUMMARY:')).split('\r\n')
    expect(summaryLines.length).toBeGreaterThan(5)
    const { ical, python } = parseBoth(ics)
    expect(ical.events[0]!.summary).toBe(title)
    expect(python.events[0]!.summary).toBe(title)
  })

  it('ends every line, the last one too, with CRLF', () => {
    const ics = render([calendarEvent({ description: 'une\ndeux\rtrois' })])
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('drops control characters that RFC 5545 forbids in text', () => {
    const { ical, python } = parseBoth(render([calendarEvent({ title: 'Bip\u0007 \u0000final\u001b' })]))
    expect(ical.events[0]!.summary).toBe('Bip final')
    expect(python.events[0]!.summary).toBe('Bip final')
  })

  it('refuses an event in a zone it cannot describe', () => {
    expect(() => render([calendarEvent({ timezone: 'Mars/Olympus' })])).toThrow(RangeError)
  })

  it('gives each start as the same instant and the same Paris wall-clock time to both parsers', () => {
    const events = [
      calendarEvent({ start: paris('2027-01-15T09:15'), end: paris('2027-01-15T17:45') }),
      calendarEvent({ start: paris('2027-07-14T22:00'), end: paris('2027-07-15T01:00') }),
    ]
    const { ical, python } = parseBoth(render(events))
    events.forEach((event, index) => {
      expect(ical.events[index]!.start.toJSDate()).toEqual(event.start)
      expect(new Date(python.events[index]!.dtstart.value)).toEqual(event.start)
      expect(python.events[index]!.dtstart.value.slice(0, 16)).toBe(wallClock(event.start))
      expect(ical.events[index]!.start.toString().slice(0, 16)).toBe(wallClock(event.start))
    })
  })
})

describe('renderBusyCalendar', () => {
  it('shows the approved loans of a room as opaque "Occupé" blocks with nothing personal', () => {
    const intervals = [
      { id: 'loan-1', start: paris('2027-03-20T09:00'), end: paris('2027-03-20T12:00') },
      { id: 'loan-2', start: paris('2027-04-02T14:00'), end: paris('2027-04-02T18:30') },
    ]
    const ics = renderBusyCalendar({ name: 'Salle des Tanneurs — occupation', host: HOST, roomId: 'room-7', intervals, now: new Date('2027-03-01T12:00:00Z'), timezone: PARIS })
    expect(unfold(ics)).toContain('\r\nDTSTART;TZID=Europe/Paris:20270402T140000\r\n')
    const { ical, python } = parseBoth(ics)
    expect(ical.events.map((event) => [event.summary, event.transp, event.start.toJSDate(), event.end.toJSDate()]))
      .toEqual(intervals.map((interval) => ['Occupé', 'OPAQUE', interval.start, interval.end]))
    expect(new Set(ical.events.map((event) => event.uid)).size).toBe(2)
    expect(python.timezones).toEqual([PARIS])
    for (const event of python.events) {
      expect(event.properties).toEqual(['DTEND', 'DTSTAMP', 'DTSTART', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'UID'])
      expect(event.dtstamp?.value).toBe('2027-03-01T12:00:00+00:00')
    }
    expect(python.calendar['X-WR-CALNAME']).toBe('Salle des Tanneurs — occupation')
  })
})
