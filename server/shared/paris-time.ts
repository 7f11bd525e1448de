/**
 * The one way an answer writes an instant (SPEC §4, "answers give times
 * with offsets"): RFC 3339 with the Europe/Paris offset of that instant, to
 * the second — `2027-03-20T10:00:00+01:00` — whether the instant is a
 * loan's start, an event's `updated_at` or a revision's `decided_at`, and
 * whatever the zone of the server or of the database session. Written once
 * for JavaScript and once for SQL (answers built by PostGIS), and tested
 * to agree.
 */
import { sql, type SQL } from 'drizzle-orm'
import { DateTime } from 'luxon'

const PARIS = 'Europe/Paris'

export function parisTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: PARIS }).startOf('second').toISO({ suppressMilliseconds: true })!
}

/** The same in SQL, for a `timestamptz` expression; NULL stays NULL. Paris is always east of Greenwich, hence the '+'. */
export function parisTimeSql(instant: SQL): SQL {
  const local = sql`((${instant}) AT TIME ZONE ${sql.raw(`'${PARIS}'`)})`
  return sql`(to_char(${local}, 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char(${local} - ((${instant}) AT TIME ZONE 'UTC'), 'HH24:MI'))`
}
