/**
 * Client of the account endpoints: sign-in, password links, and the
 * privacy notice. Same-origin only (the session cookie never leaves the
 * site), so no base URL: the site is its only user.
 */
import { ApiError } from './client.js'
import type { Account } from './types.js'

export type { Account } from './types.js'

export interface Localised { fr: string; en: string }

export interface PrivacyDocument {
  site_name: string
  legal_notice_url: string | null
  erase_after_months: number
  items: { id: string; data: Localised; purpose: Localised; retention: Localised; public: boolean }[]
}

/** The fields an error answer names (RFC 9457 `errors`). */
export function problemFields(error: unknown): string[] {
  if (!(error instanceof ApiError)) return []
  const errors = (error.problem as { errors?: { field?: unknown }[] } | undefined)?.errors
  return Array.isArray(errors) ? errors.map((e) => String(e.field)) : []
}

export interface AccountsApi {
  /** The signed-in account, or null when nobody is. */
  me(): Promise<Account | null>
  login(email: string, password: string): Promise<void>
  logout(): Promise<void>
  requestPasswordReset(email: string): Promise<void>
  setPassword(token: string, password: string): Promise<void>
  privacy(): Promise<PrivacyDocument>
}

export function createAccountsApi(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): AccountsApi {
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const response = await fetchImpl(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined))
    return response
  }

  return {
    async me() {
      try {
        return (await (await call('GET', '/api/auth/me')).json()) as Account
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null
        throw error
      }
    },
    login: async (email, password) => { await call('POST', '/api/auth/login', { email, password }) },
    logout: async () => { await call('POST', '/api/auth/logout') },
    requestPasswordReset: async (email) => { await call('POST', '/api/auth/password-reset', { email }) },
    setPassword: async (token, password) => { await call('POST', '/api/auth/password-reset/confirm', { token, password }) },
    privacy: async () => (await (await call('GET', '/api/privacy')).json()) as PrivacyDocument,
  }
}
