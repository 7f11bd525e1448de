/**
 * Moderation: the queue and the decisions on it. Approving a new
 * initiative publishes it; approving a change applies what it changed;
 * rejecting a new one rejects the initiative. Reports are resolved or
 * dismissed; proposed events are published or rejected. Whoever left an
 * e-mail hears of the decision.
 */
import { Conflict, NotFound } from '../shared/errors.js'
import { pageOf, type Page } from '../shared/list-pages.js'
import type { Mailer } from '../mail/mailer.js'
import type { DecisionRepository, DecisionResult } from './decision-repository.js'
import { DECIDED_STATUS, revisionEffect, verdictOf } from './lifecycle.js'
import { decisionMail } from './notifications.js'
import type { QueueRepository } from './queue-repository.js'
import type { QueueItem, QueueKind, QueuePosition } from './schemas.js'

export interface ModerationServiceDeps {
  queue: QueueRepository
  decisions: DecisionRepository
  mailer: Mailer
  siteName: string
  /** When a decision is recorded (the erasure of proposers' e-mails counts from it). */
  clock: () => Date
}

export interface DecisionInput { kind: QueueKind; id: string; approve: boolean; reviewerId: string; reason: string | null }

export function createModerationService({ queue, decisions, mailer, siteName, clock }: ModerationServiceDeps) {
  return {
    /** One page of the queue, and the position after it when more remain. */
    async page(kind: QueueKind | undefined, after: QueuePosition | undefined, limit: number): Promise<Page<QueueItem, QueuePosition>> {
      const page = pageOf(await queue.page(kind, after, limit + 1), limit, (row): QueuePosition => [row.position_time, row.id])
      return { items: page.items.map(({ position_time: _key, ...item }) => item), next: page.next }
    },

    /** Records the decision, then tells the proposer; `pageOf` gives the public page of what became visible. */
    async decide(input: DecisionInput, pageOf: (kind: QueueKind, targetId: string) => string): Promise<void> {
      const status = DECIDED_STATUS[input.kind][verdictOf(input.approve)]
      const decision = { status, reviewerId: input.reviewerId, reason: input.reason, at: clock() }
      let isNew = false
      let result: DecisionResult
      if (input.kind === 'revisions') {
        result = await decisions.decideRevision(input.id, decision, (revision) => {
          isNew = revision.kind === 'create'
          return revisionEffect(revision, input.approve)
        })
      } else if (input.kind === 'reports') {
        result = await decisions.decideReport(input.id, decision)
      } else {
        result = await decisions.decideEvent(input.id, decision)
      }
      if (result.state === 'missing') throw new NotFound(`No ${input.kind} item ${input.id}.`)
      if (result.state === 'already-decided') throw new Conflict('This item has already been decided.')
      if (result.state === 'target-not-published') {
        throw new Conflict('The initiative is no longer published (archived or rejected): this change cannot be applied; reject it instead.')
      }
      if (!result.proposerEmail) return
      const visible = input.approve && input.kind !== 'reports'
      await mailer.send(decisionMail({
        kind: input.kind, approve: input.approve, isNew, to: result.proposerEmail, targetName: result.targetName,
        reason: input.reason, link: visible ? pageOf(input.kind, result.targetId) : null, siteName,
      }))
    },
  }
}

export type ModerationService = ReturnType<typeof createModerationService>
