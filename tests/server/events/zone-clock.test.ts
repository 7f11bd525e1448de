import { describe, expect, it } from 'vitest'
import { instantOf, isKnownZone, wallClockOf } from '../../../server/events/zone-clock.js'

// Wall-clock times are "floating" numbers: their fields written as if they were UTC.
const floating = (local: string) => Date.parse(`${local}Z`)
const instant = (iso: string) => Date.parse(iso)
const local = (wallClock: number) => new Date(wallClock).toISOString().slice(0, 19)

describe('wallClockOf', () => {
  it('gives the local time of an instant on both sides of a change of time', () => {
    expect(local(wallClockOf(instant('2027-03-28T00:59:59Z'), 'Europe/Paris'))).toBe('2027-03-28T01:59:59')
    expect(local(wallClockOf(instant('2027-03-28T01:00:00Z'), 'Europe/Paris'))).toBe('2027-03-28T03:00:00')
    expect(local(wallClockOf(instant('2027-10-31T00:30:00Z'), 'Europe/Paris'))).toBe('2027-10-31T02:30:00')
    expect(local(wallClockOf(instant('2027-10-31T01:30:00Z'), 'Europe/Paris'))).toBe('2027-10-31T02:30:00')
  })

  it('follows zones whose offsets or changes are in half and quarter hours', () => {
    expect(local(wallClockOf(instant('2027-06-01T12:00:00Z'), 'Asia/Kathmandu'))).toBe('2027-06-01T17:45:00')
    // Lord Howe Island moves by thirty minutes, at 02:00 local on the first Sunday of April and October.
    expect(local(wallClockOf(instant('2027-04-03T14:59:00Z'), 'Australia/Lord_Howe'))).toBe('2027-04-04T01:59:00')
    expect(local(wallClockOf(instant('2027-04-03T15:00:00Z'), 'Australia/Lord_Howe'))).toBe('2027-04-04T01:30:00')
  })
})

describe('instantOf', () => {
  it('reads an ordinary local time with the offset of its date', () => {
    expect(new Date(instantOf(floating('2027-01-15T10:00:00'), 'Europe/Paris')).toISOString()).toBe('2027-01-15T09:00:00.000Z')
    expect(new Date(instantOf(floating('2027-07-15T10:00:00'), 'Europe/Paris')).toISOString()).toBe('2027-07-15T08:00:00.000Z')
    expect(new Date(instantOf(floating('2027-07-15T10:00:00'), 'America/Montreal')).toISOString()).toBe('2027-07-15T14:00:00.000Z')
  })

  it('takes a time repeated in autumn at its first happening and reads a skipped spring time with the offset before the gap', () => {
    expect(new Date(instantOf(floating('2027-10-31T02:30:00'), 'Europe/Paris')).toISOString()).toBe('2027-10-31T00:30:00.000Z')
    expect(new Date(instantOf(floating('2027-03-28T02:30:00'), 'Europe/Paris')).toISOString()).toBe('2027-03-28T01:30:00.000Z')
    expect(new Date(instantOf(floating('2027-04-04T01:45:00'), 'Australia/Lord_Howe')).toISOString()).toBe('2027-04-03T14:45:00.000Z')
  })

  it('inverts wallClockOf hour by hour over a year', () => {
    for (let at = instant('2027-01-01T00:00:00Z'); at < instant('2028-01-01T00:00:00Z'); at += 3_600_000) {
      const wallClock = wallClockOf(at, 'Europe/Paris')
      // Only the second happening of the repeated autumn hour (02:00 CET) maps back to the first (02:00 CEST).
      const expected = at === instant('2027-10-31T01:00:00Z') ? at - 3_600_000 : at
      expect(instantOf(wallClock, 'Europe/Paris')).toBe(expected)
    }
  })
})

describe('isKnownZone', () => {
  it('knows IANA zones and nothing else', () => {
    expect([isKnownZone('Europe/Paris'), isKnownZone('America/Montreal'), isKnownZone('Mars/Olympus'), isKnownZone('')])
      .toEqual([true, true, false, false])
  })
})
