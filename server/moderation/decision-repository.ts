/**
 * Recording moderators' decisions. Each decision is one transaction: the
 * item is locked (or updated only while still pending), its effect on the
 * initiative or event is applied, and who decided, when and why is kept.
 * What a decision means (statuses, effects) is the lifecycle's
 * (lifecycle.ts), given by the service.
 */
import { sql } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.js'
import { applyChanges } from '../initiatives/write-repository.js'
import type { PendingRevision, RevisionEffect } from './lifecycle.js'

/** A decision: the status the item takes, and who decided, when and why. */
export interface Decision { status: string; reviewerId: string; reason: string | null; at: Date }

/** What the proposer is told: the item's target and the address they left. */
export interface Decided {
  state: 'decided'
  targetId: string
  /** Name of the initiative or title of the event. */
  targetName: string
  proposerEmail: string | null
}
export type DecisionResult = Decided | { state: 'missing' } | { state: 'already-decided' }
  /** A change approved for an initiative that is no longer published (archived or rejected since). */
  | { state: 'target-not-published' }

export function createDecisionRepository({ db, query }: Database) {
  /** 404 or 409 for an item that an update did not find pending. */
  const notPending = async (table: 'reports' | 'events', id: string): Promise<DecisionResult> => {
    const rows = await query(sql`SELECT 1 FROM ${sql.raw(table)} WHERE id = ${id}::uuid`)
    return rows.length > 0 ? { state: 'already-decided' } : { state: 'missing' }
  }

  return {
    decideRevision(id: string, decision: Decision, effectOf: (revision: PendingRevision) => RevisionEffect | 'target-not-published'): Promise<DecisionResult> {
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        const [row] = await query<PendingRevision & { status: string; initiative_id: string; name: string; proposer_email: string | null }>(sql`
          SELECT r.kind, r.status, r.before, r.after, r.initiative_id::text AS initiative_id, i.status AS "initiativeStatus", r.proposer_email, i.name
          FROM revisions r JOIN initiatives i ON i.id = r.initiative_id
          WHERE r.id = ${id}::uuid FOR UPDATE OF r, i`, tx)
        if (!row) return { state: 'missing' }
        if (row.status !== 'pending') return { state: 'already-decided' }
        const effect = effectOf(row)
        if (effect === 'target-not-published') return { state: effect }
        await applyChanges(query, tx, row.initiative_id, effect)
        await query(sql`
          UPDATE revisions SET status = ${decision.status}, reviewer_id = ${decision.reviewerId},
            reason = ${decision.reason}, decided_at = ${decision.at.toISOString()}::timestamptz
          WHERE id = ${id}::uuid`, tx)
        return { state: 'decided', targetId: row.initiative_id, targetName: row.after.name ?? row.name, proposerEmail: row.proposer_email }
      })
    },

    async decideReport(id: string, decision: Decision): Promise<DecisionResult> {
      const [row] = await query<{ initiative_id: string; name: string; email: string | null }>(sql`
        UPDATE reports p SET status = ${decision.status}, reviewer_id = ${decision.reviewerId},
          decision_reason = ${decision.reason}, decided_at = ${decision.at.toISOString()}::timestamptz
        FROM initiatives i
        WHERE p.id = ${id}::uuid AND p.status = 'pending' AND i.id = p.initiative_id
        RETURNING p.initiative_id::text AS initiative_id, i.name, p.reporter_email AS email`)
      if (!row) return notPending('reports', id)
      return { state: 'decided', targetId: row.initiative_id, targetName: row.name, proposerEmail: row.email }
    },

    async decideEvent(id: string, decision: Decision): Promise<DecisionResult> {
      const [row] = await query<{ title: string; email: string | null }>(sql`
        UPDATE events SET status = ${decision.status}, reviewer_id = ${decision.reviewerId},
          decision_reason = ${decision.reason}, decided_at = ${decision.at.toISOString()}::timestamptz,
          updated_at = ${decision.at.toISOString()}::timestamptz
        WHERE id = ${id}::uuid AND status = 'pending'
        RETURNING title, proposer_email AS email`)
      if (!row) return notPending('events', id)
      return { state: 'decided', targetId: id, targetName: row.title, proposerEmail: row.email }
    },
  }
}

export type DecisionRepository = ReturnType<typeof createDecisionRepository>
