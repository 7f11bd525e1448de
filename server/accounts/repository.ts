/** Accounts, sessions and memberships in the database. */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'

export type Role = 'admin' | 'moderator' | 'member'

export interface Account {
  id: string
  email: string
  display_name: string
  role: Role
  organisations: { id: string; name: string }[]
}

/** An account's public columns, with its organisations; `a` is the accounts row. */
export const accountColumns = sql`a.id, a.email, a.display_name, a.role,
  coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name) ORDER BY i.name)
            FROM memberships m JOIN initiatives i ON i.id = m.initiative_id
            WHERE m.account_id = a.id), '[]'::json) AS organisations`

export function createAccountRepository({ query }: Database) {
  return {
    async findCredentials(email: string): Promise<{ id: string; password_hash: string | null } | undefined> {
      const [row] = await query<{ id: string; password_hash: string | null }>(sql`
        SELECT id, password_hash FROM accounts WHERE lower(email) = lower(${email}) AND disabled_at IS NULL`)
      return row
    },

    async createSession(tokenHash: string, accountId: string, expiresAt: Date): Promise<void> {
      await query(sql`INSERT INTO sessions (token_hash, account_id, expires_at)
        VALUES (${tokenHash}, ${accountId}, ${expiresAt.toISOString()})`)
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await query(sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`)
    },

    /** The account behind a live session, with its organisations. */
    async findBySession(tokenHash: string, now: Date): Promise<Account | undefined> {
      const [row] = await query<Account>(sql`
        SELECT ${accountColumns}
        FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = ${tokenHash} AND s.expires_at > ${now.toISOString()} AND a.disabled_at IS NULL`)
      return row
    },

    async deleteExpiredSessions(now: Date): Promise<void> {
      await query(sql`DELETE FROM sessions WHERE expires_at <= ${now.toISOString()}`)
    },
  }
}

export type AccountRepository = ReturnType<typeof createAccountRepository>
