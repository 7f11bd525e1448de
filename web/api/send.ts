/**
 * The one way the site's API modules talk JSON to the server: same-origin
 * credentials (the session cookie), problem+json turned into `ApiError`,
 * 204 read as no body. Each module (initiatives, rooms, ...) builds its
 * calls on it.
 */
import { ApiError, type ApiClientOptions } from './client.js'

export type Send = <T>(method: string, path: string, body?: unknown, signal?: AbortSignal) => Promise<T>

export function createSender(options: ApiClientOptions = {}): Send {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '')
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)

  return async function send<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
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
    return (response.status === 204 ? undefined : await response.json()) as T
  }
}
