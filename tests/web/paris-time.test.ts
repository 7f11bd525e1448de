/**
 * Dates and times of the agenda in Paris, whatever the zone of the machine
 * (run under TZ=America/Montreal too).
 */
import { describe, expect, it } from 'vitest'
import { addDays, formatDay, formatTimeRange, formatWhen, parisDateTime, parisDay, parisOffset } from '../../web/format/paris-time.js'

describe('Paris time formatting', () => {
  it('names a day in French words', () => {
    expect(formatDay('2026-03-03', 'fr')).toBe('mardi 3 mars 2026')
  })

  it('groups a late evening moment on its Paris day, not on the UTC one', () => {
    expect(parisDay('2026-03-03T23:30:00+01:00')).toBe('2026-03-03')
    expect(parisDay('2026-03-03T23:30:00Z')).toBe('2026-03-04')
  })

  it('writes hours the French way, in Paris time', () => {
    expect(formatTimeRange('2026-03-03T09:30:00+01:00', '2026-03-03T11:00:00Z', 'fr')).toBe('9\u00a0h\u00a030 – 12\u00a0h')
  })

  it('says when a timed event takes place in words', () => {
    expect(formatWhen('2026-11-14T14:00:00+01:00', '2026-11-14T17:00:00+01:00', false, 'fr'))
      .toBe('samedi 14 novembre 2026, de 14\u00a0h à 17\u00a0h')
  })

  it('says an event over several days from its first to its last day and hours', () => {
    expect(formatWhen('2026-11-14T14:00:00+01:00', '2026-11-15T12:00:00+01:00', false, 'fr'))
      .toBe('du samedi 14 novembre 2026 à 14\u00a0h au dimanche 15 novembre 2026 à 12\u00a0h')
  })

  it('reads the exclusive end of an all-day event as the day before', () => {
    expect(formatWhen('2026-11-14', '2026-11-16', true, 'fr')).toBe('du samedi 14 novembre 2026 au dimanche 15 novembre 2026')
    expect(formatWhen('2026-11-14', '2026-11-15', true, 'fr')).toBe('samedi 14 novembre 2026, toute la journée')
  })

  it('gives the offset of Paris on each side of a daylight saving change', () => {
    expect(parisOffset('2026-03-28', '12:00')).toBe('+01:00')
    expect(parisOffset('2026-03-29', '12:00')).toBe('+02:00')
    expect(parisOffset('2026-10-25', '12:00')).toBe('+01:00')
    expect(parisDateTime('2026-07-14', '18:30')).toBe('2026-07-14T18:30:00+02:00')
  })

  it('counts days across the end of a month and a year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})
