/**
 * The one way the site's API modules talk JSON to the server: same-origin
 * credentials (the session cookie; a widget on another site sends none),
 * problem+json turned into `ApiError`, 204 read as no body. Each module
 * (initiatives, rooms, events, ...) builds its calls on it.
 */
import { ApiError, type ApiClientOptions } from './client.js'

/** An answer's status and body, for the calls whose status says something (201 published, 202 pending). */
export interface Answer<T> { status: number; body: T }

export type Exchange = <T>(method: string, path: string, body?: unknown, signal?: AbortSignal) => Promise<Answer<T>>
export type Send = <T>(method: string, path: string, body?: unknown, signal?: AbortSignal) => Promise<T>

export function createExchange(options: ApiClientOptions = {}): Exchange {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '')
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)

  return async function exchange<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Answer<T>> {
    const response = await fetchImpl(`${baseUrl}${path}`, {
      method,
      headers: {
        accept: 'application/json, application/geo+json, application/problem+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    })
    if (!response.ok) {
      const problem = await response.json().catch(() => undefined)
      throw new ApiError(response.status, problem)
    }
    return { status: response.status, body: (response.status === 204 ? undefined : await response.json()) as T }
  }
}

export function createSender(options: ApiClientOptions = {}): Send {
  const exchange = createExchange(options)
  return async <T>(method: string, path: string, body?: unknown, signal?: AbortSignal) =>
    (await exchange<T>(method, path, body, signal)).body
}
