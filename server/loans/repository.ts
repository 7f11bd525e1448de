/**
 * Loans in the database. The rule that two approved loans of a room never
 * overlap belongs to the database (`loans_no_overlap`): approving is one
 * UPDATE, and the constraint's refusal is reported as `overlap`.
 * Instants leave as epoch milliseconds (float8), which both drivers read alike.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.js'
// Room ids and loan ids are both uuids: anything else names no row, rather than failing the cast.
import { isRoomId as isUuid } from '../rooms/repository.js'
import { textArray } from '../shared/sql.js'

export type LoanStatus = 'requested' | 'approved' | 'declined' | 'cancelled'

export interface LoanRecord {
  id: string
  room_id: string
  room_name: string
  host_id: string
  host_name: string
  start: Date
  end: Date
  purpose: string
  people: number
  requester_name: string
  requester_email: string | null
  requester_organisation_id: string | null
  requester_organisation_name: string | null
  requester_account_id: string | null
  cancel_token_hash: string | null
  status: LoanStatus
  created_at: Date
  decided_at: Date | null
  decided_by: string | null
  decision_message: string | null
  /** Where to write to the requester: the e-mail given, else the requesting account's. */
  reply_email: string | null
}

export interface RoomToLend { id: string; name: string; host_id: string; capacity: number; published: boolean }

export interface NewLoan {
  roomId: string
  start: Date
  end: Date
  purpose: string
  people: number
  requesterName: string
  requesterEmail: string | null
  requesterOrganisationId: string | null
  requesterAccountId: string | null
  cancelTokenHash: string | null
}

export interface Decision { from: LoanStatus; to: LoanStatus; at: Date; by: string | null; message: string | null }

/** `done`; `stale` when the loan was no longer in `from`; `overlap` when the database refused to approve it. */
export type DecisionResult = 'done' | 'stale' | 'overlap'

export interface LoanFilter {
  role: 'host' | 'requester'; accountId: string; organisationIds: string[]; statuses?: LoanStatus[]
  /** Read this many rows (the caller asks one more than its page). */
  limit: number
  /** After this loan, in (start, id) order. */
  after?: { start: Date; id: string } | undefined
}

const iso = (instant: Date) => instant.toISOString()
const ms = (column: SQL) => sql`(extract(epoch FROM ${column}) * 1000)::float8`

const selectLoans = sql`
  SELECT l.id, l.room_id, r.name AS room_name, r.host_id, h.name AS host_name,
    ${ms(sql`l.start`)} AS start_ms, ${ms(sql`l."end"`)} AS end_ms, l.purpose, l.people,
    l.requester_name, l.requester_email, l.requester_organisation_id, o.name AS requester_organisation_name,
    l.requester_account_id, l.cancel_token_hash, l.status,
    ${ms(sql`l.created_at`)} AS created_ms, ${ms(sql`l.decided_at`)} AS decided_ms, l.decided_by, l.decision_message,
    coalesce(l.requester_email, ra.email) AS reply_email
  FROM loans l
  JOIN rooms r ON r.id = l.room_id
  JOIN initiatives h ON h.id = r.host_id
  LEFT JOIN initiatives o ON o.id = l.requester_organisation_id
  LEFT JOIN accounts ra ON ra.id = l.requester_account_id`

type LoanRow = Omit<LoanRecord, 'start' | 'end' | 'created_at' | 'decided_at'> &
  { start_ms: number; end_ms: number; created_ms: number; decided_ms: number | null }

const toRecord = ({ start_ms, end_ms, created_ms, decided_ms, ...row }: LoanRow): LoanRecord => ({
  ...row,
  start: new Date(start_ms),
  end: new Date(end_ms),
  created_at: new Date(created_ms),
  decided_at: decided_ms === null ? null : new Date(decided_ms),
})

/** Whether a database error (as either driver, maybe wrapped by drizzle, reports it) is that constraint's refusal. */
export function isConstraintViolation(error: unknown, code: string, constraint: string): boolean {
  for (let e: unknown = error; e !== null && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code: found, constraint_name: postgresJs, constraint: pglite } = e as Record<string, unknown>
    if (found === code && (postgresJs === constraint || pglite === constraint)) return true
  }
  return false
}

/** The statements, run on the database or inside one transaction. */
function loanStatements(run: <T>(statement: SQL) => Promise<T[]>) {
  return {
    /** The room, locked against a concurrent approval or change until the transaction ends. */
    async lockRoom(roomId: string): Promise<RoomToLend | undefined> {
      if (!isUuid(roomId)) return undefined
      const [row] = await run<Omit<RoomToLend, 'published'> & { status: string }>(sql`
        SELECT id, name, host_id, capacity, status FROM rooms WHERE id = ${roomId}::uuid FOR SHARE`)
      return row && { id: row.id, name: row.name, host_id: row.host_id, capacity: row.capacity, published: row.status === 'published' }
    },

    /** Whether an approved loan of the room overlaps [start, end) (half-open, like the constraint). */
    async approvedOverlaps(roomId: string, start: Date, end: Date): Promise<boolean> {
      const [row] = await run<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM loans
        WHERE room_id = ${roomId}::uuid AND status = 'approved'
          AND tstzrange(start, "end", '[)') && tstzrange(${iso(start)}::timestamptz, ${iso(end)}::timestamptz, '[)')`)
      return (row?.n ?? 0) > 0
    },

    async insert(loan: NewLoan): Promise<string> {
      const [row] = await run<{ id: string }>(sql`
        INSERT INTO loans (room_id, start, "end", purpose, people, requester_name, requester_email,
          requester_organisation_id, requester_account_id, cancel_token_hash, status)
        VALUES (${loan.roomId}::uuid, ${iso(loan.start)}::timestamptz, ${iso(loan.end)}::timestamptz, ${loan.purpose},
          ${loan.people}, ${loan.requesterName}, ${loan.requesterEmail}, ${loan.requesterOrganisationId}::uuid,
          ${loan.requesterAccountId}::uuid, ${loan.cancelTokenHash}, 'requested')
        RETURNING id`)
      return row!.id
    },
  }
}

export type LoanStatements = ReturnType<typeof loanStatements>

export function createLoanRepository({ db, query }: Database) {
  const transaction = <T>(work: (run: <R>(statement: SQL) => Promise<R[]>) => Promise<T>): Promise<T> =>
    db.transaction((tx) => work((statement) => query(statement, tx as unknown as Db)))

  return {
    /** Runs `work` in one transaction: the checks it makes hold until its insert commits. */
    inTransaction: <T>(work: (statements: LoanStatements) => Promise<T>): Promise<T> =>
      transaction((run) => work(loanStatements(run))),

    async find(id: string): Promise<LoanRecord | undefined> {
      if (!isUuid(id)) return undefined
      const [row] = await query<LoanRow>(sql`${selectLoans} WHERE l.id = ${id}::uuid`)
      return row && toRecord(row)
    },

    /**
     * Moves a loan from `from` to `to`, recording who decided, when and why.
     * Approvals of one room queue on the room's row, so that concurrent ones
     * meet the exclusion constraint one after the other instead of deadlocking;
     * the constraint, not this lock, is what refuses an overlap.
     */
    async decide(id: string, decision: Decision): Promise<DecisionResult> {
      try {
        return await transaction(async (run) => {
          if (decision.to === 'approved') {
            await run(sql`SELECT 1 FROM rooms WHERE id = (SELECT room_id FROM loans WHERE id = ${id}::uuid) FOR NO KEY UPDATE`)
          }
          const rows = await run(sql`
            UPDATE loans SET status = ${decision.to}, decided_at = ${iso(decision.at)}::timestamptz,
              decided_by = ${decision.by}::uuid, decision_message = ${decision.message}
            WHERE id = ${id}::uuid AND status = ${decision.from}
            RETURNING id`)
          return rows.length > 0 ? 'done' : 'stale'
        })
      } catch (error) {
        if (isConstraintViolation(error, '23P01', 'loans_no_overlap')) return 'overlap'
        throw error
      }
    },

    /** The loans of the organisations' rooms (host), or those the account or its organisations asked for (requester). */
    async list(filter: LoanFilter): Promise<LoanRecord[]> {
      const organisations = sql`${textArray(filter.organisationIds)}::uuid[]`
      const conditions: SQL[] = [filter.role === 'host'
        ? sql`r.host_id = ANY(${organisations})`
        : sql`(l.requester_account_id = ${filter.accountId}::uuid OR l.requester_organisation_id = ANY(${organisations}))`]
      if (filter.statuses?.length) conditions.push(sql`l.status = ANY(${textArray(filter.statuses)})`)
      if (filter.after) conditions.push(sql`(l.start, l.id) > (${iso(filter.after.start)}::timestamptz, ${filter.after.id}::uuid)`)
      const rows = await query<LoanRow>(sql`${selectLoans}
        WHERE ${sql.join(conditions, sql` AND `)}
        ORDER BY l.start, l.id
        LIMIT ${filter.limit}`)
      return rows.map(toRecord)
    },

    /** A published organisation's name; undefined for anything else. */
    async organisationName(id: string): Promise<string | undefined> {
      const [row] = await query<{ name: string }>(sql`
        SELECT name FROM initiatives WHERE id = ${id}::uuid AND status = 'published'`)
      return row?.name
    },

    /** E-mail addresses of the members of an organisation (enabled accounts). */
    async memberEmails(organisationId: string): Promise<string[]> {
      const rows = await query<{ email: string }>(sql`
        SELECT a.email FROM memberships m JOIN accounts a ON a.id = m.account_id
        WHERE m.initiative_id = ${organisationId}::uuid AND a.disabled_at IS NULL
        ORDER BY a.email`)
      return rows.map((row) => row.email)
    },
  }
}

export type LoanRepository = ReturnType<typeof createLoanRepository>
