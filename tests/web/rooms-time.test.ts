/**
 * Calendar arithmetic of the rooms pages: weeks start on Monday, busy
 * intervals are cut at Paris midnights, whatever the process's zone.
 */
import { describe, expect, it } from 'vitest'
import { calendarPeriod, daysBetween, isDate, isTime, parisToday, shiftPeriod, slotsByDay, weekStart } from '../../web/components/rooms/room-time.js'

describe('room calendar arithmetic', () => {
  it('starts a week on the Monday before the date', () => {
    expect(weekStart('2027-03-20')).toBe('2027-03-15')
    expect(weekStart('2027-03-15')).toBe('2027-03-15')
    expect(weekStart('2027-03-21')).toBe('2027-03-15')
  })

  it('gives a week of seven days and a month of its own days', () => {
    expect(calendarPeriod('week', '2027-03-20')).toEqual({ first: '2027-03-15', last: '2027-03-22' })
    expect(calendarPeriod('month', '2027-02-10')).toEqual({ first: '2027-02-01', last: '2027-03-01' })
    expect(daysBetween('2027-02-27', '2027-03-02')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01'])
  })

  it('moves by whole weeks and whole months, across a year end', () => {
    expect(shiftPeriod('week', '2027-01-01', -1)).toBe('2026-12-21')
    expect(shiftPeriod('month', '2026-12-31', 1)).toBe('2027-01-01')
  })

  it('takes today in Paris, not in the process zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(parisToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
  })

  it('places a busy interval on its Paris day with Paris times', () => {
    const busy = [{ start: '2027-03-20T19:00:00+01:00', end: '2027-03-20T21:00:00+01:00' }]
    const slots = slotsByDay(['2027-03-19', '2027-03-20'], busy)
    expect(slots.get('2027-03-19')).toEqual([])
    expect(slots.get('2027-03-20')?.map(({ start, end }) => [start, end])).toEqual([['19:00', '21:00']])
  })

  it('cuts an interval that runs past midnight into two days', () => {
    const busy = [{ start: '2027-07-10T22:00:00+02:00', end: '2027-07-11T02:00:00+02:00' }]
    const slots = slotsByDay(['2027-07-10', '2027-07-11'], busy)
    expect(slots.get('2027-07-10')?.map(({ start, end }) => `${start}-${end}`)).toEqual(['22:00-24:00'])
    expect(slots.get('2027-07-11')?.map(({ start, end }) => `${start}-${end}`)).toEqual(['00:00-02:00'])
  })

  it('reads a UTC answer in Paris time', () => {
    const slots = slotsByDay(['2027-07-10'], [{ start: '2027-07-10T17:00:00Z', end: '2027-07-10T19:00:00Z' }])
    expect(slots.get('2027-07-10')?.map(({ start, end }) => `${start}-${end}`)).toEqual(['19:00-21:00'])
  })

  it('accepts only real dates and times', () => {
    expect(isDate('2027-02-28')).toBe(true)
    expect(isDate('2027-02-30')).toBe(false)
    expect(isTime('19:00')).toBe(true)
    expect(isTime('24:00')).toBe(false)
  })
})
