/**
 * Accounts for tests: an account of a given role (and organisations) with an
 * open session, written straight into the database the way sign-in writes
 * it, so a test can act as a moderator or as a member of an organisation
 * without paying Argon2's time. The session is open for a day of the app's clock. The sign-in itself is tested in auth.test.ts.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { hashToken } from '../../server/accounts/sessions.js'
import { SESSION_COOKIE } from '../../server/http/auth.js'
import { textArray } from '../../server/shared/sql.js'
import type { TestApp } from './app.js'
import { testClock } from './clock.js'

export interface TestAccount {
  id: string
  email: string
  /** Pass as `cookies` to app.inject. */
  cookies: Record<string, string>
  /** The raw session token, for a browser cookie. */
  token: string
}

export async function createTestAccount(
  t: Pick<TestApp, 'database'> & Partial<Pick<TestApp, 'clock'>>,
  options: { role?: 'admin' | 'moderator' | 'member'; organisations?: string[]; email?: string; displayName?: string } = {},
): Promise<TestAccount> {
  const { role = 'member', organisations = [] } = options
  const email = options.email ?? `${role}-${randomUUID().slice(0, 8)}@example.org`
  const [account] = await t.database.query<{ id: string }>(sql`
    INSERT INTO accounts (email, display_name, role) VALUES (${email}, ${options.displayName ?? email.split('@')[0]!}, ${role})
    RETURNING id`)
  const id = account!.id
  if (organisations.length > 0) {
    await t.database.query(sql`INSERT INTO memberships (account_id, initiative_id)
      SELECT ${id}, unnest(${textArray(organisations)})::uuid`)
  }
  const token = randomBytes(32).toString('base64url')
  await t.database.query(sql`INSERT INTO sessions (token_hash, account_id, expires_at)
    VALUES (${hashToken(token)}, ${id}, ${new Date((t.clock?.() ?? testClock()).getTime() + 86_400_000).toISOString()}::timestamptz)`)
  return { id, email, token, cookies: { [SESSION_COOKIE]: token } }
}

/** A published demo initiative's id, by name. */
export async function initiativeId(t: Pick<TestApp, 'database'>, name: string): Promise<string> {
  const [row] = await t.database.query<{ id: string }>(sql`SELECT id FROM initiatives WHERE name = ${name}`)
  if (!row) throw new Error(`no initiative named ${name}`)
  return row.id
}
