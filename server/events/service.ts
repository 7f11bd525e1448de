/**
 * The public reading of the agenda: which events a query designates and their
 * occurrences in a window, expanded in each event's own zone. Knows neither
 * HTTP nor SQL; the feeds read through it too.
 */
import { invalidField, NotFound } from '../shared/errors.js'
import { eventFeature, eventProperties, occurrenceFeature, recurringEventOf, zonedTime } from './features.js'
import {
  feedWindow, isUuid, listWindow, parseEventFilter, type EventFilter, type EventFilterQuery,
} from './filters.js'
import { expandOccurrences, type Occurrence } from './recurrence.js'
import type { EventRepository, EventRow, FilterNames } from './repository.js'

export interface OccurrenceQuery extends EventFilterQuery {
  from?: string
  to?: string
  limit: number
}

/** Where a page of occurrences starts: after this occurrence start and event id. */
export type OccurrenceCursor = [startMs: number, eventId: string]

/** How many coming dates the page of one event lists. */
const UPCOMING_DATES = 10
/** How far ahead the next date of an event is looked for. */
const LOOKAHEAD_MS = 5 * 366 * 86_400_000

export interface EventReaderDependencies {
  events: EventRepository
  now: () => Date
}

export function createEventReader({ events, now }: EventReaderDependencies) {
  /** The checked filter of a query, with the names of what it refers to; 400 for an unknown category, territory or programme. */
  async function resolveFilter(query: EventFilterQuery): Promise<{ filter: EventFilter; names: FilterNames }> {
    const filter = parseEventFilter(query)
    const names = await events.filterNames(filter)
    const unknown = (field: string, wanted: string[], known: Map<string, string>) => {
      const missing = wanted.find((value) => !known.has(value))
      if (missing !== undefined) throw invalidField('query', field, `unknown ${field} "${missing}"`)
    }
    unknown('category', filter.categories, names.categories)
    unknown('territory', filter.territories, names.territories)
    unknown('programme', filter.programmes, names.programmes)
    return { filter, names }
  }

  return {
    resolveFilter,

    /** A page of occurrences in the window, sorted by start (then event id), and how many there are in all. */
    async occurrences(query: OccurrenceQuery, after?: OccurrenceCursor) {
      const window = listWindow(query, now())
      const { filter } = await resolveFilter(query)
      const rows = await events.candidates(filter, window)
      const all = rows
        .flatMap((row) => expandOccurrences(recurringEventOf(row), window.from, window.to).map((occurrence) => ({ row, occurrence })))
        .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime() || compareIds(a.row.id, b.row.id))
      const rest = after ? all.filter(({ row, occurrence }) => isAfter(occurrence, row.id, after)) : all
      const page = rest.slice(0, query.limit)
      const last = page.at(-1)
      return {
        features: page.map(({ row, occurrence }) => occurrenceFeature(row, occurrence)),
        matched: all.length,
        next: rest.length > page.length && last ? ([last.occurrence.start.getTime(), last.row.id] as OccurrenceCursor) : undefined,
      }
    },

    /** A published or cancelled event as a Feature, with its next dates; 404 otherwise (a malformed id included). */
    async event(id: string) {
      const row = await findPublic(id)
      const at = now()
      const upcoming = expandOccurrences(recurringEventOf(row), at, new Date(at.getTime() + LOOKAHEAD_MS), UPCOMING_DATES)
      const time = (instant: Date) => zonedTime(instant, row.timezone, row.all_day)
      return eventFeature(row, row.id, {
        ...eventProperties(row),
        upcoming_occurrences: upcoming.map(({ start, end }) => ({ start: time(start), end: time(end) })),
      })
    },

    /** The events of a feed (section 5 of SPEC): ending after now − 30 days, cancelled ones for 30 days after their cancellation. */
    async feed(query: EventFilterQuery & { to?: string }) {
      const window = feedWindow(query, now())
      const { filter, names } = await resolveFilter(query)
      const rows = await events.candidates(filter, window, { cancelledAfter: window.from })
      // Without `to`, the stored end of the last occurrence already says the event has a date in the window.
      const { to } = window
      const kept = to === null ? rows : rows.filter((row) => hasOccurrence(row, { from: window.from, to }))
      return { rows: kept, filter, names, window }
    },

    /** Events still to come with their next date, soonest first, for the Atom feed. */
    async upcoming(query: EventFilterQuery, limit: number) {
      const at = now()
      const { filter, names } = await resolveFilter(query)
      const rows = await events.candidates(filter, { from: at, to: null }, { cancelledAfter: feedWindow({}, at).from })
      const entries = rows.flatMap((row) => {
        const [next] = expandOccurrences(recurringEventOf(row), at, new Date(at.getTime() + LOOKAHEAD_MS), 1)
        return next ? [{ row, next }] : []
      })
      entries.sort((a, b) => a.next.start.getTime() - b.next.start.getTime() || compareIds(a.row.id, b.row.id))
      return { entries: entries.slice(0, limit), filter, names, at }
    },

    /** One public event's row, for its own feed. */
    findPublic,

    async programmes() {
      return events.programmes()
    },

    async programme(slug: string) {
      const [programme] = await events.programmes(slug)
      if (!programme) throw new NotFound(`No programme "${slug}".`)
      return programme
    },
  }

  async function findPublic(id: string): Promise<EventRow> {
    const row = isUuid(id) ? await events.findPublic(id.toLowerCase()) : undefined
    if (!row) throw new NotFound(`No public event ${id}.`)
    return row
  }
}

/** Whether the series has a date between the window's bounds, which its first start and last end only frame. */
function hasOccurrence(row: EventRow, window: { from: Date; to: Date }): boolean {
  return expandOccurrences(recurringEventOf(row), window.from, window.to, 1).length > 0
}

function isAfter(occurrence: Occurrence, eventId: string, [startMs, id]: OccurrenceCursor): boolean {
  const start = occurrence.start.getTime()
  return start > startMs || (start === startMs && compareIds(eventId, id) > 0)
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export type EventReader = ReturnType<typeof createEventReader>
