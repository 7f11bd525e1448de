/**
 * The agenda's query parameters turned into a checked filter and time window,
 * pure. Repeated and comma-separated values are OR'd within a parameter;
 * parameters are AND'd (SPEC section 4). Whether a category, territory or
 * programme exists is asked of the database by the service.
 */
import { DateTime } from 'luxon'
import { EVENT_KINDS } from '../../db/schema/events.js'
import { parseBbox, type Bbox } from '../shared/bbox.js'
import { invalidField } from '../shared/errors.js'
import { listValues as values, prefixTsquery } from '../shared/text-search.js'

export { MAX_SEARCH_WORDS, searchWords } from '../shared/text-search.js'

export interface EventFilterQuery {
  category?: string[]
  kind?: string[]
  programme?: string[]
  territory?: string[]
  organiser?: string[]
  bbox?: string
  q?: string
}

export interface EventFilter {
  categories: string[]
  kinds: string[]
  programmes: string[]
  /** `type:code` ids, e.g. `departement:37`. */
  territories: string[]
  organisers: string[]
  bbox?: Bbox
  /** The text searched for, as typed (for names and links). */
  text?: string
  /** A prefix tsquery built from the words of `q` only, never from its syntax. */
  tsquery?: string
}

/** Instants an event must overlap: [from, to), `to` null for no upper bound. */
export interface TimeWindow {
  from: Date
  to: Date | null
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const TERRITORY = /^(commune|epci|departement|region):[0-9A-Za-z]{1,12}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i

export function isUuid(value: string): boolean {
  return UUID.test(value)
}

export function parseEventFilter(query: EventFilterQuery): EventFilter {
  const categories = checked('category', values(query.category), (v) => SLUG.test(v), 'is not a category slug')
  const kinds = checked('kind', values(query.kind), (v) => (EVENT_KINDS as readonly string[]).includes(v),
    `is not a kind; kinds are ${EVENT_KINDS.join(', ')}`)
  const programmes = checked('programme', values(query.programme), (v) => SLUG.test(v), 'is not a programme slug')
  const territories = checked('territory', values(query.territory), (v) => TERRITORY.test(v),
    'is not a territory: write type:code with type commune, epci, departement or region (departement:37)')
  const organisers = checked('organiser', values(query.organiser), isUuid, 'is not an initiative id')
    .map((id) => id.toLowerCase())
  const bbox = parseBbox(query.bbox)
  const tsquery = prefixTsquery(query.q)
  return {
    categories, kinds, programmes, territories, organisers,
    ...(bbox ? { bbox } : {}),
    ...(tsquery ? { text: query.q!.trim(), tsquery } : {}),
  }
}

/** The window of GET /api/events: `from` (default now) to `to` (default from + 3 months), at most a year. */
export function listWindow(query: { from?: string; to?: string }, now: Date): { from: Date; to: Date } {
  const from = query.from === undefined ? now : parseMoment('from', query.from)
  const to = query.to === undefined
    ? DateTime.fromJSDate(from, { zone: 'utc' }).plus({ months: 3 }).toJSDate()
    : parseMoment('to', query.to)
  if (to <= from) throw invalidField('query', 'to', 'must be after from (from defaults to now)')
  if (to > DateTime.fromJSDate(from, { zone: 'utc' }).plus({ years: 1 }).toJSDate()) {
    throw invalidField('query', 'to', 'must be at most one year after from')
  }
  return { from, to }
}

/** Feeds hold every event that ends after now − 30 days, up to `to` when given (SPEC section 5). */
export const FEED_PAST_DAYS = 30

export function feedWindow(query: { to?: string }, now: Date): TimeWindow {
  const from = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000)
  const to = query.to === undefined ? null : parseMoment('to', query.to)
  if (to !== null && to <= from) throw invalidField('query', 'to', `must be after now − ${FEED_PAST_DAYS} days`)
  return { from, to }
}

/** An RFC 3339 date-time with its offset. A `+` left unencoded in a query string arrives as a space, and is read back. */
export function parseMoment(field: string, raw: string): Date {
  const text = raw.trim().replace(/ (\d{2}:\d{2})$/, '+$1')
  const parsed = RFC3339.test(text) ? DateTime.fromISO(text, { setZone: true }) : null
  if (!parsed?.isValid) {
    throw invalidField('query', field, 'must be an RFC 3339 date-time with an offset, e.g. 2027-03-20T10:00:00+01:00')
  }
  // PostgreSQL has no year 0, and JS writes years past 9999 in a form it does not read.
  const moment = parsed.toJSDate()
  if (moment.getUTCFullYear() < 1 || moment.getUTCFullYear() > 9999) {
    throw invalidField('query', field, 'must be a date-time between the years 1 and 9999')
  }
  return moment
}

function checked(field: string, list: string[], valid: (value: string) => boolean, detail: string): string[] {
  const bad = list.find((value) => !valid(value))
  if (bad !== undefined) throw invalidField('query', field, `"${bad}" ${detail}`)
  return list
}
