/**
 * The agenda's side of the HTTP API: occurrences, one event, programmes,
 * rooms to name as a place, proposing an event; and the mapping between the
 * agenda's filters and a query string, shared by the page address, the API
 * request and the feed URLs (one spelling: SPEC §4).
 */
import type { ApiClientOptions } from './client.js'
import { createExchange, type Answer } from './send.js'
import type {
  AgendaEvent, EventProperties, EventProposal, EventWritten, Occurrence, OccurrenceCollection, Programme,
} from './types.js'

export type { AgendaEvent, EventProperties, EventProposal, Occurrence, OccurrenceCollection, Programme }

export const EVENT_KINDS = [
  'porte_ouverte', 'visite', 'conference', 'debat', 'forum', 'formation', 'atelier', 'reunion', 'festif', 'marche', 'autre',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export interface RoomChoice { id: string; name: string; address: string }

/** The agenda's filters: the API's own parameter names, so a feed URL is a copy. */
export interface AgendaFilters {
  kind: string[]
  category: string[]
  programme: string[]
  territory: string[]
  q: string
}

const listFilters = ['kind', 'category', 'programme', 'territory'] as const

export function emptyFilters(): AgendaFilters {
  return { kind: [], category: [], programme: [], territory: [], q: '' }
}

/** Reads filters from a query string; a parameter may be repeated or comma-separated. */
export function filtersFromSearch(search: string | URLSearchParams): AgendaFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const filters = emptyFilters()
  for (const name of listFilters) {
    filters[name] = [...new Set(params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))]
  }
  filters.q = params.get('q')?.trim() ?? ''
  return filters
}

/** The filters as query parameters, in a stable order, empty ones left out. */
export function searchFromFilters(filters: AgendaFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of listFilters) if (filters[name].length) params.set(name, filters[name].join(','))
  if (filters.q.trim()) params.set('q', filters.q.trim())
  return params
}

/** Subscription addresses of the agenda for these filters (SPEC §5: https and webcal). */
export function feedUrls(origin: string, filters: AgendaFilters): { https: string; webcal: string; atom: string } {
  const query = searchFromFilters(filters).toString()
  const suffix = query ? `?${query}` : ''
  const https = `${origin}/feeds/events.ics${suffix}`
  return { https, webcal: toWebcal(https), atom: `${origin}/feeds/events.atom${suffix}` }
}

/** The same feed for calendar applications that subscribe on a webcal:// link. */
export function toWebcal(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://')
}

export interface OccurrenceQuery {
  from?: string
  to?: string
  filters?: AgendaFilters
  limit?: number
}

/** An answer of a write: 201/200 with the event, or 202 with the pending proposal. */
export type WriteAnswer = Answer<EventWritten>

export interface EventsApi {
  occurrences(query: OccurrenceQuery, signal?: AbortSignal): Promise<OccurrenceCollection>
  event(id: string, signal?: AbortSignal): Promise<AgendaEvent>
  programmes(signal?: AbortSignal): Promise<Programme[]>
  programme(slug: string, signal?: AbortSignal): Promise<Programme>
  rooms(signal?: AbortSignal): Promise<RoomChoice[]>
  proposeEvent(body: EventProposal): Promise<WriteAnswer>
}

export function createEventsApi(options: ApiClientOptions = {}): EventsApi {
  const exchange = createExchange(options)
  const getJson = async <T>(path: string, params?: URLSearchParams, signal?: AbortSignal) =>
    (await exchange<T>('GET', params && params.toString() ? `${path}?${params}` : path, undefined, signal)).body

  return {
    occurrences(query, signal) {
      const params = query.filters ? searchFromFilters(query.filters) : new URLSearchParams()
      if (query.from) params.set('from', query.from)
      if (query.to) params.set('to', query.to)
      params.set('limit', String(query.limit ?? 5000))
      return getJson<OccurrenceCollection>('/api/events', params, signal)
    },

    event: (id, signal) => getJson<AgendaEvent>(`/api/events/${encodeURIComponent(id)}`, undefined, signal),

    async programmes(signal) {
      return (await getJson<{ items: Programme[] }>('/api/programmes', undefined, signal)).items
    },

    programme: (slug, signal) => getJson<Programme>(`/api/programmes/${encodeURIComponent(slug)}`, undefined, signal),

    async rooms(signal) {
      const body = await getJson<{ features: { id: string; properties: { name: string; address: string } }[] }>(
        '/api/rooms', new URLSearchParams({ limit: '5000' }), signal)
      return body.features.map((room) => ({ id: String(room.id), name: room.properties.name, address: room.properties.address }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    },

    proposeEvent: (body) => exchange<EventWritten>('POST', '/api/events', body),
  }
}

/** A URL that may become a link: http(s) only, never javascript: or data:. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
