/**
 * SQL of account administration and one-time tokens: listing, creating and
 * changing accounts, their memberships, and consuming a token atomically.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.js'
import { textArray } from '../shared/sql.js'
import { accountColumns, type Account, type Role } from './repository.js'
import type { TokenPurpose } from './tokens.js'
import { parisTime } from '../shared/paris-time.js'

export interface AdminAccount extends Account {
  disabled: boolean
  /** False while an invitation waits to be accepted. */
  password_set: boolean
  created_at: string
}

export interface AccountChanges {
  role?: Role | undefined
  display_name?: string | undefined
  disabled?: boolean | undefined
}

interface Row extends Omit<AdminAccount, 'created_at'> { created_at: Date | string; sort_email: string }

const adminColumns = sql`${accountColumns}, a.disabled_at IS NOT NULL AS disabled,
  a.password_hash IS NOT NULL AS password_set, a.created_at, lower(a.email) AS sort_email`

const toAccount = ({ sort_email: _, ...row }: Row): AdminAccount => ({ ...row, created_at: parisTime(new Date(row.created_at)) })

export function createAccountAdminRepository({ db, query }: Database) {
  const one = async (id: string, on?: Db) => {
    const [row] = await query<Row>(sql`SELECT ${adminColumns} FROM accounts a WHERE a.id = ${id}`, on)
    return row && toAccount(row)
  }

  const setMemberships = async (accountId: string, organisations: string[], on?: Db) => {
    await query(sql`DELETE FROM memberships WHERE account_id = ${accountId}
      AND NOT (initiative_id::text = ANY(${textArray(organisations)}))`, on)
    if (organisations.length > 0) {
      await query(sql`INSERT INTO memberships (account_id, initiative_id)
        SELECT ${accountId}, unnest(${textArray(organisations)})::uuid ON CONFLICT DO NOTHING`, on)
    }
  }

  return {
    find: (id: string) => one(id),

    /** Accounts by e-mail, `limit` after the cursor (the last e-mail and id seen). */
    async list(limit: number, after: [string, string] | undefined): Promise<{ items: AdminAccount[]; last: [string, string] | undefined }> {
      const where: SQL = after ? sql`WHERE (lower(a.email), a.id) > (${after[0]}, ${after[1]}::uuid)` : sql``
      const rows = await query<Row>(sql`SELECT ${adminColumns} FROM accounts a ${where}
        ORDER BY lower(a.email), a.id LIMIT ${limit + 1}`)
      const page = rows.slice(0, limit)
      const tail = page[page.length - 1]
      return { items: page.map(toAccount), last: rows.length > limit && tail ? [tail.sort_email, tail.id] : undefined }
    },

    /** The ids among `ids` that are not published initiatives (organisations). */
    async unknownOrganisations(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return []
      const rows = await query<{ id: string }>(sql`SELECT id::text FROM initiatives
        WHERE id::text = ANY(${textArray(ids)}) AND status = 'published'`)
      const known = new Set(rows.map((row) => row.id))
      return ids.filter((id) => !known.has(id))
    },

    /** Creates the account, its memberships and its invitation; undefined if the e-mail is taken. */
    create(account: { email: string; display_name: string; role: Role; organisations: string[] },
      invitation: { hash: string; expiresAt: Date }): Promise<AdminAccount | undefined> {
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        const [created] = await query<{ id: string }>(sql`
          INSERT INTO accounts (email, display_name, role) VALUES (${account.email}, ${account.display_name}, ${account.role})
          ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`, tx)
        if (!created) return undefined
        await setMemberships(created.id, account.organisations, tx)
        await query(sql`INSERT INTO account_tokens (token_hash, account_id, purpose, expires_at)
          VALUES (${invitation.hash}, ${created.id}, 'invitation', ${invitation.expiresAt.toISOString()})`, tx)
        return one(created.id, tx)
      })
    },

    /** Applies the changes; disabling also closes every session of the account. */
    update(id: string, changes: AccountChanges, organisations: string[] | undefined, now: Date): Promise<AdminAccount | undefined> {
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        const disabledAt = changes.disabled === undefined
          ? sql`disabled_at`
          : changes.disabled ? sql`coalesce(disabled_at, ${now.toISOString()}::timestamptz)` : sql`NULL`
        const [found] = await query<{ id: string }>(sql`UPDATE accounts SET
            role = coalesce(${changes.role ?? null}, role),
            display_name = coalesce(${changes.display_name ?? null}, display_name),
            disabled_at = ${disabledAt}
          WHERE id = ${id} RETURNING id`, tx)
        if (!found) return undefined
        if (changes.disabled) await query(sql`DELETE FROM sessions WHERE account_id = ${id}`, tx)
        if (organisations) await setMemberships(id, organisations, tx)
        return one(id, tx)
      })
    },

    /** An enabled account's id and display name, by e-mail (any case). */
    async findEnabledByEmail(email: string): Promise<{ id: string; display_name: string; email: string } | undefined> {
      const [row] = await query<{ id: string; display_name: string; email: string }>(sql`
        SELECT id, display_name, email FROM accounts WHERE lower(email) = lower(${email}) AND disabled_at IS NULL`)
      return row
    },

    async createToken(accountId: string, purpose: TokenPurpose, token: { hash: string; expiresAt: Date }): Promise<void> {
      await query(sql`INSERT INTO account_tokens (token_hash, account_id, purpose, expires_at)
        VALUES (${token.hash}, ${accountId}, ${purpose}, ${token.expiresAt.toISOString()})`)
    },

    /**
     * In one statement (so atomic on both engines, no transaction needed):
     * marks the token used if it is unused and unexpired, sets the password
     * of its enabled account, closes that account's sessions and drops its
     * other links. Returns whether a password was set.
     */
    /** The token can still set a password (unused, unexpired, its account enabled): checked before paying for a hash. */
    async tokenUsable(tokenHash: string, now: Date): Promise<boolean> {
      const rows = await query<{ ok: boolean }>(sql`
        SELECT true AS ok FROM account_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE t.token_hash = ${tokenHash} AND t.used_at IS NULL AND t.expires_at > ${now.toISOString()} AND a.disabled_at IS NULL`)
      return rows.length > 0
    },

    async consumeToken(tokenHash: string, passwordHash: string, now: Date): Promise<boolean> {
      const at = now.toISOString()
      const rows = await query<{ id: string }>(sql`
        WITH used AS (
          UPDATE account_tokens SET used_at = ${at}
          WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > ${at}
          RETURNING account_id
        ), changed AS (
          UPDATE accounts a SET password_hash = ${passwordHash}
          FROM used WHERE a.id = used.account_id AND a.disabled_at IS NULL
          RETURNING a.id
        ), closed AS (
          DELETE FROM sessions s USING changed WHERE s.account_id = changed.id
        ), dropped AS (
          DELETE FROM account_tokens t USING changed
          WHERE t.account_id = changed.id AND t.token_hash <> ${tokenHash}
        )
        SELECT id FROM changed`)
      return rows.length > 0
    },
  }
}

export type AccountAdminRepository = ReturnType<typeof createAccountAdminRepository>
