/**
 * The day the tests live in. Every test app, the demo images and every
 * browser context run on this clock, never on the machine's: a suite that
 * passes today passes on any day of the year.
 *
 * `TEST_NOW` (RFC 3339 with offset) moves the whole suite to another day:
 * CI runs the time-sensitive files on a few chosen days (1 January, either
 * side of each change of time, 1 December), and under `faketime` so that a
 * read of the machine's own clock fails at once.
 *
 * The clock ticks from that instant at the machine's pace, so durations
 * (rate-limit windows, expiries, ordering of writes) stay real.
 */
const DEFAULT_NOW = '2027-01-14T10:00:00+01:00'

function pinned(raw: string | undefined): number {
  const value = raw?.trim() || DEFAULT_NOW
  const time = Date.parse(value)
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/.test(value) || Number.isNaN(time)) {
    throw new Error(`TEST_NOW must be an RFC 3339 time with an offset (got "${value}")`)
  }
  return time
}

/** The pinned instant itself, as every process of the run reads it. */
export const TEST_NOW = new Date(pinned(process.env.TEST_NOW))

const offset = TEST_NOW.getTime() - Date.now()

/** The tests' clock: TEST_NOW when the process started, plus the time elapsed since. */
export const testClock = (): Date => new Date(Date.now() + offset)

/** Milliseconds of the test clock, for arithmetic (`testTime() + 3 * DAY`). */
export const testTime = (): number => Date.now() + offset
