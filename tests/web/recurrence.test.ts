/**
 * Repetition as the propose-an-event form builds it (RRULE + excluded dates)
 * and as the event page tells it in French.
 */
import { describe, expect, it } from 'vitest'
import { validateRrule } from '../../server/events/recurrence-rule.js'
import { buildRecurrence, type RecurrenceChoice } from '../../web/format/recurrence-form.js'
import { describeRecurrence } from '../../web/format/recurrence-text.js'

const choice = (change: Partial<RecurrenceChoice>): RecurrenceChoice =>
  ({ frequency: 'none', weekdays: [], endKind: 'never', until: '', count: null, exceptions: [], ...change })

describe('the recurrence built by the event form', () => {
  it('sends no rule for an event that does not repeat', () => {
    expect(buildRecurrence(choice({ exceptions: ['2026-12-15'] }), '18:30')).toEqual({ rrule: null, exdates: [] })
  })

  it('ends a weekly timed series at the last minute of its last day in Paris, written in UTC', () => {
    const built = buildRecurrence(choice({ frequency: 'weekly', weekdays: ['TU'], endKind: 'until', until: '2027-06-30' }), '18:30')
    expect(built.rrule).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T215959Z')
    expect(validateRrule(built.rrule!)).toBeNull()
  })

  it('ends an all-day series on a bare date', () => {
    expect(buildRecurrence(choice({ frequency: 'daily', endKind: 'until', until: '2027-01-10' }), null).rrule).toBe('FREQ=DAILY;UNTIL=20270110')
  })

  it('counts occurrences when asked for a number of times', () => {
    expect(buildRecurrence(choice({ frequency: 'monthly', endKind: 'count', count: 6 }), '10:00').rrule).toBe('FREQ=MONTHLY;COUNT=6')
  })

  it('writes exceptions as local times of the start, sorted and without repeats', () => {
    const built = buildRecurrence(choice({ frequency: 'weekly', weekdays: ['TU'], exceptions: ['2026-12-29', '2026-12-22', '2026-12-29', ''] }), '18:30')
    expect(built.exdates).toEqual(['2026-12-22T18:30:00', '2026-12-29T18:30:00'])
    expect(buildRecurrence(choice({ frequency: 'daily', exceptions: ['2026-12-25'] }), null).exdates).toEqual(['2026-12-25'])
  })
})

describe('a recurrence told in French', () => {
  const start = '2026-03-03T18:30:00+01:00' // a Tuesday

  it('says every Tuesday until a day', () => {
    expect(describeRecurrence('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T215959Z', start, 'fr')).toBe('tous les mardis jusqu\u2019au mardi 30 juin 2026')
  })

  it('takes the weekday of the start when a weekly rule names none', () => {
    expect(describeRecurrence('FREQ=WEEKLY;INTERVAL=2', start, 'fr')).toBe('toutes les 2 semaines, le mardi')
  })

  it('names the nth weekday of a month', () => {
    expect(describeRecurrence('FREQ=MONTHLY;BYDAY=1TU', start, 'fr')).toBe('le 1er mardi de chaque mois')
    expect(describeRecurrence('FREQ=MONTHLY;INTERVAL=3;BYDAY=1TH', start, 'fr')).toBe('tous les 3 mois, le 1er jeudi')
  })

  it('names the day of the month and a number of times', () => {
    expect(describeRecurrence('FREQ=MONTHLY;BYMONTHDAY=12;COUNT=5', start, 'fr')).toBe('le 12 de chaque mois, 5 fois')
  })

  it('lists several weekdays', () => {
    expect(describeRecurrence('FREQ=WEEKLY;BYDAY=MO,WE,FR', start, 'fr')).toBe('tous les lundis, mercredis et vendredis')
  })

  it('says nothing for an event that does not repeat', () => {
    expect(describeRecurrence(null, start, 'fr')).toBeNull()
  })
})
