/**
 * Recording moderators' decisions. Each decision is one transaction: the
 * item is locked (or updated only while still pending), its effect on the
 * initiative or event is applied, and who decided, when and why is kept.
 */
import { sql } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.js'
import { applyChanges, type InitiativeFields, type InitiativeStatus } from '../initiatives/write-repository.js'

export interface Decision { approve: boolean; reviewerId: string; reason: string | null; at: Date }

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

export interface PendingRevision {
  kind: 'create' | 'update'
  before: Partial<InitiativeFields> | null
  after: Partial<InitiativeFields>
}

/** What deciding a revision does to its initiative (fields and/or status). */
export type RevisionEffect = (revision: PendingRevision, decision: Decision) => Partial<InitiativeFields> & { status?: InitiativeStatus }

export function createDecisionRepository({ db, query }: Database) {
  /** 404 or 409 for an item that an update did not find pending. */
  const notPending = async (table: 'reports' | 'events', id: string): Promise<DecisionResult> => {
    const rows = await query(sql`SELECT 1 FROM ${sql.raw(table)} WHERE id = ${id}::uuid`)
    return rows.length > 0 ? { state: 'already-decided' } : { state: 'missing' }
  }

  return {
    decideRevision(id: string, decision: Decision, effect: RevisionEffect): Promise<DecisionResult> {
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        const [row] = await query<PendingRevision & { status: string; initiative_id: string; initiative_status: string; name: string; proposer_email: string | null }>(sql`
          SELECT r.kind, r.status, r.before, r.after, r.initiative_id::text AS initiative_id, i.status AS initiative_status, r.proposer_email, i.name
          FROM revisions r JOIN initiatives i ON i.id = r.initiative_id
          WHERE r.id = ${id}::uuid FOR UPDATE OF r, i`, tx)
        if (!row) return { state: 'missing' }
        if (row.status !== 'pending') return { state: 'already-decided' }
        // Rejecting stays possible; applying would bring back fields of what was taken off the map.
        if (decision.approve && row.kind === 'update' && row.initiative_status !== 'published') return { state: 'target-not-published' }
        await applyChanges(query, tx, row.initiative_id, effect(row, decision))
        await query(sql`
          UPDATE revisions SET status = ${decision.approve ? 'approved' : 'rejected'}, reviewer_id = ${decision.reviewerId},
            reason = ${decision.reason}, decided_at = ${decision.at.toISOString()}::timestamptz
          WHERE id = ${id}::uuid`, tx)
        return { state: 'decided', targetId: row.initiative_id, targetName: row.after.name ?? row.name, proposerEmail: row.proposer_email }
      })
    },

    async decideReport(id: string, decision: Decision): Promise<DecisionResult> {
      const [row] = await query<{ initiative_id: string; name: string; email: string | null }>(sql`
        UPDATE reports p SET status = ${decision.approve ? 'resolved' : 'dismissed'}, reviewer_id = ${decision.reviewerId},
          decision_reason = ${decision.reason}, decided_at = ${decision.at.toISOString()}::timestamptz
        FROM initiatives i
        WHERE p.id = ${id}::uuid AND p.status = 'pending' AND i.id = p.initiative_id
        RETURNING p.initiative_id::text AS initiative_id, i.name, p.reporter_email AS email`)
      if (!row) return notPending('reports', id)
      return { state: 'decided', targetId: row.initiative_id, targetName: row.name, proposerEmail: row.email }
    },

    async decideEvent(id: string, decision: Decision): Promise<DecisionResult> {
      const [row] = await query<{ title: string; email: string | null }>(sql`
        UPDATE events SET status = ${decision.approve ? 'published' : 'rejected'}, reviewer_id = ${decision.reviewerId},
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
