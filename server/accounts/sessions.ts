/**
 * Sign-in and sessions. The cookie holds a random token; the database keeps
 * only its SHA-256, so sessions survive restarts and are shared by every app
 * server. Unknown e-mails cost the same Argon2 time as wrong passwords.
 */
import { createHash, randomBytes } from 'node:crypto'
import { Unauthorized } from '../shared/errors.js'
import { hashPassword, verifyPassword } from './passwords.js'
import type { Account, AccountRepository } from './repository.js'

export const SESSION_DAYS = 30

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export function createSessionService({ accounts, clock = () => new Date() }: {
  accounts: AccountRepository
  clock?: () => Date
}) {
  // Hash of a random password, verified when the e-mail is unknown.
  const decoy = hashPassword(randomBytes(16).toString('hex'))

  return {
    /** Checks the credentials and opens a session; returns the cookie token. */
    async login(email: string, password: string): Promise<{ token: string; expiresAt: Date }> {
      const account = await accounts.findCredentials(email)
      const ok = await verifyPassword(account?.password_hash ?? (await decoy), password)
      if (!account?.password_hash || !ok) throw new Unauthorized('Wrong e-mail or password.')
      const token = randomBytes(32).toString('base64url')
      const expiresAt = new Date(clock().getTime() + SESSION_DAYS * 86_400_000)
      await accounts.deleteExpiredSessions(clock())
      await accounts.createSession(hashToken(token), account.id, expiresAt)
      return { token, expiresAt }
    },

    logout: (token: string) => accounts.deleteSession(hashToken(token)),

    current: (token: string): Promise<Account | undefined> => accounts.findBySession(hashToken(token), clock()),
  }
}

export type SessionService = ReturnType<typeof createSessionService>
