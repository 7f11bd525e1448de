/**
 * Typed client of the Archipel HTTP API, shared by the site and the embedded
 * widgets. `baseUrl` is empty for the site (same origin) and the origin of
 * the script for a widget, so a widget talks to the host that served it.
 */
import type { Category, InitiativeCollection, InitiativeQuery, Settings } from './types.js'

export interface ApiClientOptions {
  /** Origin (and optional path prefix) of the server; '' means this page's origin. */
  baseUrl?: string
  fetch?: typeof globalThis.fetch
}

/** A non-2xx answer; `problem` holds the RFC 9457 body when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string } | undefined,
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
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '')
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)

  async function getJson<T>(path: string, params: URLSearchParams | undefined, signal?: AbortSignal): Promise<T> {
    const query = params && [...params.keys()].length > 0 ? `?${params}` : ''
    const response = await fetchImpl(`${baseUrl}${path}${query}`, {
      headers: { accept: 'application/json, application/geo+json, application/problem+json' },
      signal,
    })
    if (!response.ok) {
      const problem = await response.json().catch(() => undefined)
      throw new ApiError(response.status, problem)
    }
    return (await response.json()) as T
  }

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
