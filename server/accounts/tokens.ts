/**
 * One-time links for invitations and password resets. The link carries a
 * random token; the database keeps only its SHA-256 (like sessions), so a
 * copy of the table opens no account.
 */
import { randomBytes } from 'node:crypto'
import { hashToken } from './sessions.js'
import { pagePaths } from '../../web/page-paths.js'

export type TokenPurpose = 'invitation' | 'password_reset'

/** How long each kind of link stays valid. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 86_400_000,
  password_reset: 3_600_000,
}

export interface NewToken { token: string; hash: string; expiresAt: Date }

export function newToken(purpose: TokenPurpose, now: Date): NewToken {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) }
}

/** The page of the web client where a token sets a password. */
export const passwordSetLink = (baseUrl: string, token: string) =>
  `${baseUrl}${pagePaths.passwordSet}?token=${encodeURIComponent(token)}`

export { hashToken }
