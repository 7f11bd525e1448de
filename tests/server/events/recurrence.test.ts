import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import {
  calendarRecurrence, expandOccurrences, lastOccurrenceEnd, normaliseExdate, validateRrule, type RecurringEvent,
} from '../../../server/events/recurrence.js'

// Every expectation is an explicit instant, so these tests hold under any process TZ
// (they are run under TZ=UTC and TZ=America/Montreal).

const PARIS = 'Europe/Paris'
const YEAR_2027 = [new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z')] as const

function paris(local: string): Date {
  return DateTime.fromISO(local, { zone: PARIS }).toJSDate()
}

function timed(start: string, end: string, rrule: string | null, exdates: string[] = []): RecurringEvent {
  return { start: paris(start), end: paris(end), allDay: false, timezone: PARIS, rrule, exdates }
}

function allDay(firstDay: string, dayAfterLast: string, rrule: string | null, exdates: string[] = []): RecurringEvent {
  return { start: paris(firstDay), end: paris(dayAfterLast), allDay: true, timezone: PARIS, rrule, exdates }
}

const starts = (occurrences: { start: Date }[]) => occurrences.map((occurrence) => occurrence.start.toISOString())
const parisTimes = (occurrences: { start: Date }[]) =>
  occurrences.map((occurrence) => DateTime.fromJSDate(occurrence.start, { zone: PARIS }).toFormat("yyyy-LL-dd'T'HH:mm ZZ"))

describe('expandOccurrences', () => {
  it('keeps a weekly 10:00 Paris event at 10:00 across the last Sunday of October', () => {
    const event = timed('2027-10-19T10:00', '2027-10-19T12:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=3')
    const occurrences = expandOccurrences(event, ...YEAR_2027)
    expect(starts(occurrences)).toEqual(['2027-10-19T08:00:00.000Z', '2027-10-26T08:00:00.000Z', '2027-11-02T09:00:00.000Z'])
    expect(parisTimes(occurrences)).toEqual(['2027-10-19T10:00 +02:00', '2027-10-26T10:00 +02:00', '2027-11-02T10:00 +01:00'])
    expect(occurrences.map((o) => o.end.getTime() - o.start.getTime())).toEqual([7_200_000, 7_200_000, 7_200_000])
  })

  it('keeps a weekly 10:00 Paris event at 10:00 across the last Sunday of March', () => {
    const event = timed('2027-03-16T10:00', '2027-03-16T11:30', 'FREQ=WEEKLY;UNTIL=20270406T235959Z')
    const occurrences = expandOccurrences(event, ...YEAR_2027)
    expect(starts(occurrences)).toEqual([
      '2027-03-16T09:00:00.000Z', '2027-03-23T09:00:00.000Z', '2027-03-30T08:00:00.000Z', '2027-04-06T08:00:00.000Z',
    ])
  })

  it('keeps an all-day event on its local dates, its length in days, across a change of time', () => {
    // Saturday and Sunday, the second weekend spanning the change to summer time (28 March 2027).
    const event = allDay('2027-03-20', '2027-03-22', 'FREQ=WEEKLY;COUNT=3')
    const occurrences = expandOccurrences(event, ...YEAR_2027)
    expect(occurrences.map(({ start, end }) => [
      DateTime.fromJSDate(start, { zone: PARIS }).toISO(), DateTime.fromJSDate(end, { zone: PARIS }).toISO(),
    ])).toEqual([
      ['2027-03-20T00:00:00.000+01:00', '2027-03-22T00:00:00.000+01:00'],
      ['2027-03-27T00:00:00.000+01:00', '2027-03-29T00:00:00.000+02:00'],
      ['2027-04-03T00:00:00.000+02:00', '2027-04-05T00:00:00.000+02:00'],
    ])
  })

  it('removes excluded dates, written as local times, dates, or times with an offset', () => {
    const weekly = timed('2027-01-05T18:00', '2027-01-05T20:00', 'FREQ=WEEKLY;COUNT=4', ['2027-01-12T18:00:00', '2027-01-26T17:00:00Z'])
    expect(parisTimes(expandOccurrences(weekly, ...YEAR_2027))).toEqual(['2027-01-05T18:00 +01:00', '2027-01-19T18:00 +01:00'])

    const market = allDay('2027-06-05', '2027-06-06', 'FREQ=WEEKLY;COUNT=3', ['2027-06-12'])
    expect(parisTimes(expandOccurrences(market, ...YEAR_2027))).toEqual(['2027-06-05T00:00 +02:00', '2027-06-19T00:00 +02:00'])
  })

  it('returns the occurrences overlapping the window, sorted, at most limit of them', () => {
    const daily = timed('2027-05-01T20:00', '2027-05-02T02:00', 'FREQ=DAILY')
    const window = [paris('2027-05-10T00:00'), paris('2027-05-13T20:00')] as const
    // The one of 9 May runs past midnight into the window; the one starting at the window's end is out.
    expect(parisTimes(expandOccurrences(daily, ...window))).toEqual([
      '2027-05-09T20:00 +02:00', '2027-05-10T20:00 +02:00', '2027-05-11T20:00 +02:00', '2027-05-12T20:00 +02:00',
    ])
    expect(parisTimes(expandOccurrences(daily, ...window, 2))).toEqual(['2027-05-09T20:00 +02:00', '2027-05-10T20:00 +02:00'])
    expect(expandOccurrences(daily, ...window, 0)).toEqual([])
  })

  it('ends a rule at UNTIL inclusively, an instant in UTC or a date of the event zone', () => {
    const rule = (until: string) => timed('2027-06-01T10:00', '2027-06-01T11:00', `FREQ=WEEKLY;UNTIL=${until}`)
    expect(expandOccurrences(rule('20270615T080000Z'), ...YEAR_2027)).toHaveLength(3)
    expect(expandOccurrences(rule('20270615T075959Z'), ...YEAR_2027)).toHaveLength(2)
    expect(expandOccurrences(rule('20270615'), ...YEAR_2027)).toHaveLength(3)
    expect(expandOccurrences(rule('20270615T100000'), ...YEAR_2027)).toHaveLength(3)
  })

  it('counts the start as the first occurrence even when the rule does not produce it, as RFC 5545 does', () => {
    const monday = timed('2027-09-06T09:00', '2027-09-06T10:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=3')
    expect(parisTimes(expandOccurrences(monday, ...YEAR_2027))).toEqual([
      '2027-09-06T09:00 +02:00', '2027-09-07T09:00 +02:00', '2027-09-14T09:00 +02:00',
    ])
  })

  it('moves a time skipped in spring one hour later and takes a repeated autumn time at its first happening', () => {
    const night = timed('2027-03-27T02:30', '2027-03-27T03:00', 'FREQ=DAILY;COUNT=2')
    expect(starts(expandOccurrences(night, ...YEAR_2027))).toEqual(['2027-03-27T01:30:00.000Z', '2027-03-28T01:30:00.000Z'])
    const autumn = timed('2027-10-30T02:30', '2027-10-30T03:00', 'FREQ=DAILY;COUNT=2')
    expect(starts(expandOccurrences(autumn, ...YEAR_2027))).toEqual(['2027-10-30T00:30:00.000Z', '2027-10-31T00:30:00.000Z'])
  })

  it('expands in the event zone, not in Paris nor in the server zone', () => {
    const montreal: RecurringEvent = {
      start: new Date('2027-03-09T23:00:00Z'), end: new Date('2027-03-10T00:00:00Z'),
      allDay: false, timezone: 'America/Montreal', rrule: 'FREQ=WEEKLY;COUNT=2', exdates: [],
    }
    // 18:00 in Montreal on both sides of its change of time (14 March 2027).
    expect(starts(expandOccurrences(montreal, ...YEAR_2027))).toEqual(['2027-03-09T23:00:00.000Z', '2027-03-16T22:00:00.000Z'])
  })

  it('gives a single event as its only occurrence when it overlaps the window', () => {
    const talk = timed('2027-02-10T18:30', '2027-02-10T20:00', null)
    expect(starts(expandOccurrences(talk, ...YEAR_2027))).toEqual(['2027-02-10T17:30:00.000Z'])
    expect(expandOccurrences(talk, paris('2027-02-10T20:00'), paris('2027-02-11T00:00'))).toEqual([])
  })

  it('shows a stored rule that no longer validates as its first occurrence', () => {
    const broken = timed('2027-02-10T18:30', '2027-02-10T20:00', 'FREQ=HOURLY')
    expect(starts(expandOccurrences(broken, ...YEAR_2027))).toEqual(['2027-02-10T17:30:00.000Z'])
  })

  it('refuses an unknown time zone', () => {
    expect(() => expandOccurrences({ ...timed('2027-02-10T18:30', '2027-02-10T20:00', null), timezone: 'Mars/Olympus' }, ...YEAR_2027))
      .toThrow(RangeError)
  })
})

describe('lastOccurrenceEnd', () => {
  it('finds the end of the last occurrence of a rule bounded by COUNT or UNTIL', () => {
    expect(lastOccurrenceEnd(timed('2027-10-19T10:00', '2027-10-19T12:00', 'FREQ=WEEKLY;COUNT=3'))).toEqual(paris('2027-11-02T12:00'))
    expect(lastOccurrenceEnd(timed('2027-10-19T10:00', '2027-10-19T12:00', 'FREQ=WEEKLY;UNTIL=20271110T000000Z')))
      .toEqual(paris('2027-11-09T12:00'))
    expect(lastOccurrenceEnd(allDay('2027-06-05', '2027-06-07', 'FREQ=MONTHLY;COUNT=2'))).toEqual(paris('2027-07-07T00:00'))
  })

  it('skips an excluded last occurrence', () => {
    const event = timed('2027-10-19T10:00', '2027-10-19T12:00', 'FREQ=WEEKLY;COUNT=3', ['2027-11-02T10:00:00'])
    expect(lastOccurrenceEnd(event)).toEqual(paris('2027-10-26T12:00'))
  })

  it('has no last end for a rule with neither UNTIL nor COUNT', () => {
    expect(lastOccurrenceEnd(timed('2027-10-19T10:00', '2027-10-19T12:00', 'FREQ=MONTHLY;BYDAY=-1FR'))).toBeNull()
  })

  it('is the end of a single event', () => {
    expect(lastOccurrenceEnd(timed('2027-02-10T18:30', '2027-02-10T20:00', null))).toEqual(paris('2027-02-10T20:00'))
  })
})

describe('validateRrule', () => {
  it.each([
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T215959Z',
    'RRULE:FREQ=DAILY;COUNT=5',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;WKST=MO',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    'freq=monthly;byday=2sa',
  ])('accepts %s', (rule) => {
    expect(validateRrule(rule)).toBeNull()
  })

  it.each([
    ['FREQ=HOURLY', /at most daily/],
    ['FREQ=MINUTELY;COUNT=3', /at most daily/],
    ['BYDAY=TU', /FREQ is required/],
    ['FREQ=FORTNIGHTLY', /FREQ must be one of/],
    ['DTSTART:20270101T100000Z\nRRULE:FREQ=DAILY', /DTSTART/],
    ['FREQ=DAILY;DTSTART=20270101', /DTSTART/],
    ['FREQ=DAILY\r\nBEGIN:VEVENT', /single line/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20271231', /COUNT and UNTIL/],
    ['FREQ=DAILY;COUNT=0', /COUNT must be between/],
    ['FREQ=DAILY;COUNT=abc', /COUNT must be a positive integer/],
    ['FREQ=WEEKLY;INTERVAL=0', /INTERVAL must be between/],
    ['FREQ=DAILY;UNTIL=20271340', /not a valid date/],
    ['FREQ=DAILY;BYHOUR=9,14', /BYHOUR is not supported/],
    ['FREQ=WEEKLY;BYDAY=XX', /not a weekday/],
    ['FREQ=WEEKLY;BYDAY=1MO', /needs FREQ=MONTHLY or YEARLY/],
    ['FREQ=MONTHLY;BYDAY=6MO', /out of range/],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30,31', /no day that exists/],
    ['FREQ=MONTHLY;BYSETPOS=2', /BYSETPOS needs/],
    ['FREQ=WEEKLY;FOO=1', /unknown part FOO/],
    ['FREQ=WEEKLY;FREQ=DAILY', /given twice/],
    ['FREQ=WEEKLY;', /not a NAME=VALUE part/],
    ['', /empty/],
  ])('refuses %j with a message', (rule, message) => {
    expect(validateRrule(rule)).toMatch(message)
  })
})

describe('calendarRecurrence', () => {
  const rruleOf = (event: RecurringEvent) => calendarRecurrence(event).rrule

  it('writes UNTIL in UTC for a timed event and as a date for an all-day one', () => {
    expect(rruleOf(timed('2027-06-01T10:00', '2027-06-01T11:00', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T235959')))
      .toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T215959Z')
    expect(rruleOf(timed('2027-06-01T10:00', '2027-06-01T11:00', 'FREQ=WEEKLY;UNTIL=20270629')))
      .toBe('FREQ=WEEKLY;UNTIL=20270629T215959Z')
    expect(rruleOf(allDay('2027-06-01', '2027-06-02', 'rrule:freq=weekly;until=20270629T215959Z')))
      .toBe('FREQ=WEEKLY;UNTIL=20270629')
    expect(rruleOf(timed('2027-06-01T10:00', '2027-06-01T11:00', null))).toBeNull()
  })

  it('keeps COUNT when the rule produces the start', () => {
    expect(calendarRecurrence(timed('2027-09-07T09:00', '2027-09-07T10:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=3')))
      .toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', startOutsideRule: false })
  })

  it('flags a start the rule does not produce and bounds its COUNT by the UNTIL of the last occurrence', () => {
    // Monday 6 September, then Tuesdays: three occurrences in all, the last on 14 September at 09:00 Paris.
    expect(calendarRecurrence(timed('2027-09-06T09:00', '2027-09-06T10:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=3')))
      .toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270914T070000Z', startOutsideRule: true })
    expect(calendarRecurrence(timed('2027-09-06T09:00', '2027-09-06T10:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=1')))
      .toMatchObject({ rrule: null, startOutsideRule: false })
  })

  it('rounds the end of an all-day event up to the next local midnight', () => {
    const event = allDay('2027-12-12', '2027-12-12', null)
    event.end = paris('2027-12-12T23:59:59')
    const { start, end } = calendarRecurrence(event).first
    expect([start.toISOString(), end.toISOString()]).toEqual(['2027-12-11T23:00:00.000Z', '2027-12-12T23:00:00.000Z'])
  })

  it('lists the excluded dates normalised and sorted', () => {
    const event = timed('2027-01-05T18:00', '2027-01-05T20:00', 'FREQ=WEEKLY', ['2027-01-26T17:00:00Z', '2027-01-12T18:00', 'hier'])
    expect(calendarRecurrence(event).exdates).toEqual(['2027-01-12T18:00:00', '2027-01-26T18:00:00'])
  })
})

describe('normaliseExdate', () => {
  it('reads local times, times with an offset and dates, and refuses the rest', () => {
    expect(normaliseExdate('2027-03-20T10:00', false, PARIS)).toBe('2027-03-20T10:00:00')
    expect(normaliseExdate('2027-03-20T09:00:00Z', false, PARIS)).toBe('2027-03-20T10:00:00')
    expect(normaliseExdate('2027-07-20T10:00:00+02:00', false, PARIS)).toBe('2027-07-20T10:00:00')
    expect(normaliseExdate('2027-03-20', true, PARIS)).toBe('2027-03-20')
    expect(normaliseExdate('2027-03-20', false, PARIS)).toBeNull()
    expect(normaliseExdate('2027-02-30', true, PARIS)).toBeNull()
    expect(normaliseExdate('demain', false, PARIS)).toBeNull()
  })
})

describe('a start with milliseconds', () => {
  it('is still the first occurrence of its rule', () => {
    const event = timed('2027-09-07T09:00:00.250', '2027-09-07T10:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=2')
    expect(calendarRecurrence(event)).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2', startOutsideRule: false })
    expect(starts(expandOccurrences(event, ...YEAR_2027))).toEqual(['2027-09-07T07:00:00.250Z', '2027-09-14T07:00:00.000Z'])
  })
})
