/**
 * A time already placed in its zone, handed to ical-generator through the Luxon
 * interface the library declares (ICalLuxonDateTimeStub). Given a plain Date the
 * library writes the server's wall-clock time under the event's TZID; given a
 * Luxon DateTime it is right, but building one per value took half the time of
 * a 10,000-event feed. The library only asks for the wall-clock fields, which
 * zone-clock.ts computes once.
 */
import type { ICalLuxonDateTimeStub } from 'ical-generator'
import { wallClockOf } from '../events/zone-clock.js'

export class ZonedTime implements ICalLuxonDateTimeStub {
  readonly isValid = true
  readonly zone = { type: 'iana' }
  private readonly wallClock: string

  constructor(private readonly instant: Date, private readonly zoneName: string) {
    this.wallClock = new Date(wallClockOf(instant.getTime(), zoneName)).toISOString()
  }

  /** The library asks for the zone the time is already in; any other would be a bug. */
  setZone(zone?: string): this {
    if (zone !== undefined && zone !== this.zoneName) throw new Error(`ZonedTime in ${this.zoneName} asked for ${zone}`)
    return this
  }

  /** The two formats the library uses: the date `yyyyLLdd` and the time `HHmmss`. */
  toFormat(format: string): string {
    if (format === 'yyyyLLdd') return this.wallClock.slice(0, 10).replaceAll('-', '')
    if (format === 'HHmmss') return this.wallClock.slice(11, 19).replaceAll(':', '')
    throw new Error(`Unsupported format ${format}`)
  }

  /** `20271019T140000`, or the date alone. */
  local(dateOnly: boolean): string {
    return dateOnly ? this.toFormat('yyyyLLdd') : `${this.toFormat('yyyyLLdd')}T${this.toFormat('HHmmss')}`
  }

  toJSDate(): Date {
    return new Date(this.instant)
  }

  toJSON(): string {
    return this.instant.toISOString()
  }
}
