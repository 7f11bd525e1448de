/**
 * Client of the account endpoints: sign-in, password links, and the
 * privacy notice. Same-origin only (the session cookie never leaves the
 * site), so no base URL: the site is its only user.
 */
import { ApiError, type ApiClientOptions } from './client.js'
import { createSender } from './send.js'
import type { Account } from './types.js'
import type { PrivacyDocument } from '../../server/privacy/schemas.js'

export type { Account } from './types.js'

export type { Localised, PrivacyDocument } from '../../server/privacy/schemas.js'

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

export function createAccountsApi(options: Pick<ApiClientOptions, 'fetch'> = {}): AccountsApi {
  const send = createSender(options)
  const post = async (path: string, body?: unknown) => { await send('POST', path, body) }

  return {
    me: async () => (await send<{ account: Account | null }>('GET', '/api/auth/session')).account,
    login: (email, password) => post('/api/auth/login', { email, password }),
    logout: () => post('/api/auth/logout'),
    requestPasswordReset: (email) => post('/api/auth/password-reset', { email }),
    setPassword: (token, password) => post('/api/auth/password-reset/confirm', { token, password }),
    privacy: () => send<PrivacyDocument>('GET', '/api/privacy'),
  }
}
