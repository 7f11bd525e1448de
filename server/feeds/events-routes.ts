/**
 * The agenda's feeds (SPEC section 5): the filtered agenda, a programme and a
 * single event as iCalendar, upcoming events as Atom. Every feed is cacheable
 * (ETag, Last-Modified, 304) and readable from any origin.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Config } from '../config.js'
import { AtomQuery, FeedQuery, ProgrammeFeedQuery } from '../events/schemas.js'
import type { EventReader } from '../events/service.js'
import { renderAtom } from './atom.js'
import { renderCalendar } from './calendar.js'
import { sendFeed } from './conditional.js'
import { atomEntryOf, calendarEventOf, feedName, latestUpdate } from './event-feed.js'
import { concurrencyLimit } from '../http/concurrency-limit.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { IdParams, SlugParams } from '../shared/params.js'

const CALENDAR = 'text/calendar; charset=utf-8'
const ATOM = 'application/atom+xml; charset=utf-8'
/** Agenda feeds built at once (each reads a whole agenda): see server/http/concurrency-limit.ts. */
const FEEDS_AT_ONCE = 3
/** Entries of the Atom feed, soonest first. */
const ATOM_ENTRIES = 100

const calendarResponse = { 200: { content: { 'text/calendar': { schema: Type.String() } } } }

export const eventFeedRoutes: FastifyPluginAsyncTypebox<{ reader: EventReader; config: Config }> = async (app, { reader, config }) => {
  const feedsAtOnce = concurrencyLimit(FEEDS_AT_ONCE, 'calendar feeds')
  const bulk = { config: PUBLIC_READ, onRequest: feedsAtOnce.admit }

  /** The site's configured public address (never the one the request names). */
  const site = { url: config.publicUrl, host: new URL(config.publicUrl).hostname }

  const sendCalendar = async (request: FastifyRequest, reply: FastifyReply, query: Parameters<EventReader['feed']>[0]) => {
    const { rows, filter, names, window } = await reader.feed(query)
    const { url, host } = site
    const body = renderCalendar({
      name: feedName(filter, names, config.siteName),
      host,
      siteUrl: `${url}/agenda`,
      events: rows.map((row) => calendarEventOf(row, url)),
    })
    return sendFeed(request, reply, { body, contentType: CALENDAR, lastModified: latestUpdate(rows), windowDay: day(window.from) })
  }

  app.get('/feeds/events.ics', {
    ...bulk,
    schema: {
      tags: ['feeds'],
      summary: 'The agenda as iCalendar: every matching event ending after now − 30 days; same filters as /api/events',
      querystring: FeedQuery,
      response: calendarResponse,
    },
  }, async (request, reply) => sendCalendar(request, reply, request.query))

  app.get('/feeds/programmes/:slug.ics', {
    ...bulk,
    schema: {
      tags: ['feeds'],
      summary: 'One programme as iCalendar (404 for an unknown programme)',
      params: SlugParams,
      querystring: ProgrammeFeedQuery,
      response: calendarResponse,
    },
  }, async (request, reply) => {
    const programme = await reader.programme(request.params.slug)
    return sendCalendar(request, reply, { ...request.query, programme: [programme.slug] })
  })

  app.get('/feeds/events/:id.ics', {
    config: PUBLIC_READ, // one event: cheap, not capped
    schema: {
      tags: ['feeds'],
      summary: 'One event as iCalendar ("add to my calendar"), recurrence included',
      params: IdParams,
      response: calendarResponse,
    },
  }, async (request, reply) => {
    const row = await reader.findPublic(request.params.id)
    const { url, host } = site
    const body = renderCalendar({ name: row.title, host, siteUrl: `${url}/agenda`, events: [calendarEventOf(row, url)] })
    // One event has no window: its body alone decides.
    return sendFeed(request, reply, { body, contentType: CALENDAR, lastModified: row.updated_at, windowDay: '' })
  })

  app.get('/feeds/events.atom', {
    ...bulk,
    schema: {
      tags: ['feeds'],
      summary: `Upcoming events as Atom, soonest first (at most ${ATOM_ENTRIES}); same filters as /api/events`,
      querystring: AtomQuery,
      response: { 200: { content: { 'application/atom+xml': { schema: Type.String() } } } },
    },
  }, async (request, reply) => {
    const { entries, filter, names, at } = await reader.upcoming(request.query, ATOM_ENTRIES)
    const { url } = site
    const today = day(at)
    const rows = entries.map((entry) => entry.row)
    const body = renderAtom({
      title: feedName(filter, names, config.siteName),
      siteUrl: `${url}/agenda`,
      selfUrl: `${url}${request.url}`,
      // An empty feed was last "updated" when its day began, which keeps its body stable through the day.
      updated: latestUpdate(rows) ?? new Date(`${today}T00:00:00Z`),
      entries: entries.map(({ row, next }) => atomEntryOf(row, next.start, url)),
    })
    return sendFeed(request, reply, { body, contentType: ATOM, lastModified: latestUpdate(rows), windowDay: today })
  })
}

function day(instant: Date): string {
  return instant.toISOString().slice(0, 10)
}
