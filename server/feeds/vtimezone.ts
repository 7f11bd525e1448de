/** VTIMEZONE components for iCalendar feeds, from the time zone data of `timezones-ical-library`. */
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library'

const knownZones = new Set(tzlib_get_timezones() as string[])
const blocks = new Map<string, string>()

/** Whether a VTIMEZONE can be written for this IANA zone (every zone of `Intl.supportedValuesOf('timeZone')` can). */
export function supportsTimezone(zone: string): boolean {
  return knownZones.has(zone)
}

/**
 * The VTIMEZONE component for an IANA zone, or null when the zone is unknown.
 * The library answers an alias with its canonical zone (America/Montreal with
 * America/Toronto); a TZID parameter must name a VTIMEZONE of the file, so the
 * block is renamed to the zone the events use.
 */
export function vtimezone(zone: string): string | null {
  if (!knownZones.has(zone)) return null
  let block = blocks.get(zone)
  if (block === undefined) {
    const [component] = tzlib_get_ical_block(zone) as string[]
    block = (component ?? '')
      .replace(/^TZID:.*$/m, `TZID:${zone}`)
      .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`)
    blocks.set(zone, block)
  }
  return block
}
