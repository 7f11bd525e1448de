/**
 * Wall-clock times of an IANA zone and the instants they name, independent of
 * the process TZ. A wall-clock time is held as a "floating" number: its fields
 * written as if they were UTC (what `rrule` computes on).
 *
 * Offsets come from Luxon (Intl, about 5 µs each) and are cached per quarter of
 * an hour: every offset and every change of offset of the time zone database
 * since 1970 falls on a quarter hour, and expanding or rendering thousands of
 * events asks for the same few offsets again and again.
 */
import { IANAZone } from 'luxon'

const QUARTER_HOUR = 900_000
const DAY = 86_400_000
/** Bound on each zone's cache, which is emptied when full. */
const MAX_CACHED_OFFSETS = 200_000

const offsetCaches = new Map<string, Map<number, number>>()

export function isKnownZone(zone: string): boolean {
  return IANAZone.create(zone).isValid
}

/** The wall-clock time of an instant in the zone, as a floating number. */
export function wallClockOf(instant: number, zone: string): number {
  return instant + offsetAt(instant, zone)
}

/**
 * The instant a wall-clock time names in the zone. A time that a change of time
 * repeats is taken at its first happening, a time it skips is read with the
 * offset before the gap (02:30 becomes 03:30), both as RFC 5545 section 3.3.5 says.
 */
export function instantOf(wallClock: number, zone: string): number {
  // The offsets a day before and a day after frame the only change that can be near.
  const before = offsetAt(wallClock - DAY, zone)
  if (offsetAt(wallClock - before, zone) === before) return wallClock - before
  const after = offsetAt(wallClock + DAY, zone)
  if (offsetAt(wallClock - after, zone) === after) return wallClock - after
  return wallClock - before
}

/** Offset from UTC in milliseconds at an instant. */
function offsetAt(instant: number, zone: string): number {
  let cache = offsetCaches.get(zone)
  if (cache === undefined) {
    cache = new Map()
    offsetCaches.set(zone, cache)
  }
  const quarter = Math.floor(instant / QUARTER_HOUR)
  let offset = cache.get(quarter)
  if (offset === undefined) {
    if (cache.size >= MAX_CACHED_OFFSETS) cache.clear()
    offset = IANAZone.create(zone).offset(quarter * QUARTER_HOUR) * 60_000
    cache.set(quarter, offset)
  }
  return offset
}
