/**
 * Typed client of the Archipel HTTP API, shared by the site and the embedded
 * widgets. `baseUrl` is empty for the site (same origin) and the origin of
 * the script for a widget, so a widget talks to the host that served it.
 */
import { createSender } from './send.js'
import type { Category, InitiativeCollection, InitiativeQuery, Problem, Settings } from './types.js'

export interface ApiClientOptions {
  /** Origin (and optional path prefix) of the server; '' means this page's origin. */
  baseUrl?: string
  fetch?: typeof globalThis.fetch
}

/** A non-2xx answer; `problem` holds the RFC 9457 body when there is one (`errors` names each bad field). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
  }
}

export interface ApiClient {
  settings(signal?: AbortSignal): Promise<Settings>
  categories(signal?: AbortSignal): Promise<Category[]>
  initiatives(query: InitiativeQuery, signal?: AbortSignal): Promise<InitiativeCollection>
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const send = createSender(options)
  const getJson = <T>(path: string, params: URLSearchParams | undefined, signal?: AbortSignal) =>
    send<T>('GET', params && [...params.keys()].length > 0 ? `${path}?${params}` : path, undefined, signal)

  return {
    settings: (signal) => getJson<Settings>('/api/settings', undefined, signal),

    async categories(signal) {
      const body = await getJson<{ items: Category[] }>('/api/categories', undefined, signal)
      return body.items
    },

    initiatives(query, signal) {
      const params = new URLSearchParams()
      if (query.bbox) params.set('bbox', query.bbox.map(formatCoordinate).join(','))
      if (query.limit !== undefined) params.set('limit', String(query.limit))
      return getJson<InitiativeCollection>('/api/initiatives', params, signal)
    },
  }
}

/** Six decimals are ~10 cm: enough for a viewport, and stable URLs for caches. */
function formatCoordinate(value: number): string {
  return String(Math.round(value * 1e6) / 1e6)
}
