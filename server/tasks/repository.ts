/**
 * SQL of the scheduled tasks. Every statement is idempotent or claims its
 * work with a unique row, so two app servers running a task at once over
 * one database do it once.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { RATE_WINDOW_MAX_MS, type ErasedEmail } from '../privacy/retention.js'

export type WaitingKind = 'revisions' | 'reports' | 'events'

export interface WaitingItem { label: string; created_at: string }
export interface Waiting { kind: WaitingKind; total: number; oldest: WaitingItem[] }

/** Pending items of each kind, with a readable label. */
const waitingQueries: Record<WaitingKind, SQL> = {
  revisions: sql`SELECT coalesce(r.after->>'name', i.name) AS label, r.created_at
    FROM revisions r JOIN initiatives i ON i.id = r.initiative_id WHERE r.status = 'pending'`,
  reports: sql`SELECT i.name || ' (' || r.reason || ')' AS label, r.created_at
    FROM reports r JOIN initiatives i ON i.id = r.initiative_id WHERE r.status = 'pending'`,
  events: sql`SELECT e.title AS label, e.created_at FROM events e WHERE e.status = 'pending'`,
}

const count = async (database: Database, statement: SQL) =>
  (await database.query<{ n: number }>(sql`WITH done AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM done`))[0]?.n ?? 0

export function createTaskRepository(database: Database) {
  const { query } = database
  return {
    /** Erases one kind of e-mail whose retention, counted in Paris months, ended before `now`. */
    eraseEmails({ table, column, from }: ErasedEmail, months: number, now: Date): Promise<number> {
      const cutoff = sql`((${now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Paris')
        - make_interval(months => ${months}::int)) AT TIME ZONE 'Europe/Paris'`
      return count(database, sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = NULL
        WHERE ${sql.identifier(column)} IS NOT NULL AND ${sql.identifier(from)} < ${cutoff}`)
    },

    deleteExpiredSessions: (now: Date) =>
      count(database, sql`DELETE FROM sessions WHERE expires_at <= ${now.toISOString()}`),

    deleteSpentTokens: (now: Date) =>
      count(database, sql`DELETE FROM account_tokens WHERE expires_at <= ${now.toISOString()} OR used_at IS NOT NULL`),

    /** Rate-limit windows surely ended: no window is longer than a day (server/config.ts). */
    deleteEndedRateWindows: (now: Date) =>
      count(database, sql`DELETE FROM rate_limits WHERE window_start <= ${new Date(now.getTime() - RATE_WINDOW_MAX_MS).toISOString()}`),

    async waiting(kind: WaitingKind, shown: number): Promise<Waiting> {
      const rows = await query<{ label: string; created_at: Date | string; total: number }>(sql`
        SELECT label, created_at, count(*) OVER ()::int AS total FROM (${waitingQueries[kind]}) w
        ORDER BY created_at LIMIT ${shown}`)
      return {
        kind,
        total: rows[0]?.total ?? 0,
        oldest: rows.map((row) => ({ label: row.label, created_at: new Date(row.created_at).toISOString() })),
      }
    },

    moderators: () => query<{ email: string; display_name: string }>(sql`
      SELECT email, display_name FROM accounts
      WHERE role IN ('moderator', 'admin') AND disabled_at IS NULL ORDER BY lower(email)`),

    /** True for the one caller that claims this task's period; false if it was already done. */
    async claim(task: string, period: string): Promise<boolean> {
      const rows = await query(sql`INSERT INTO task_runs (task, period) VALUES (${task}, ${period})
        ON CONFLICT DO NOTHING RETURNING task`)
      return rows.length > 0
    },
  }
}

export type TaskRepository = ReturnType<typeof createTaskRepository>
