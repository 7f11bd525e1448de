/**
 * What a moderator's decision makes of each kind of item, as a table: the
 * status the item is left in, and what deciding a revision does to its
 * initiative. The service applies these rules; the repository only records
 * what they say, in one transaction.
 */
import type { InitiativeFields, InitiativeStatus } from '../initiatives/write-repository.js'
import type { QueueKind } from './schemas.js'

export type Verdict = 'approve' | 'reject'

/** The status each kind of item takes when it is decided. */
export const DECIDED_STATUS = {
  revisions: { approve: 'approved', reject: 'rejected' },
  reports: { approve: 'resolved', reject: 'dismissed' },
  events: { approve: 'published', reject: 'rejected' },
} as const satisfies Record<QueueKind, Record<Verdict, string>>

export const verdictOf = (approve: boolean): Verdict => (approve ? 'approve' : 'reject')

/** A revision waiting for its decision, with the status of its initiative when it is decided. */
export interface PendingRevision {
  kind: 'create' | 'update'
  before: Partial<InitiativeFields> | null
  after: Partial<InitiativeFields>
  initiativeStatus: InitiativeStatus
}

export type RevisionEffect = Partial<InitiativeFields> & { status?: InitiativeStatus }

/**
 * What deciding `revision` does to its initiative, or why it cannot be
 * decided so: approving a change of an initiative taken off the map
 * (archived or rejected since) would bring its fields back; rejecting it
 * stays possible.
 */
export function revisionEffect(revision: PendingRevision, approve: boolean): RevisionEffect | 'target-not-published' {
  if (revision.kind === 'create') return { status: approve ? 'published' : 'rejected' }
  if (!approve) return {}
  if (revision.initiativeStatus !== 'published') return 'target-not-published'
  // Only the fields this revision changed: a change approved in between stays.
  const before = revision.before ?? {}
  const changed = Object.entries(revision.after)
    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof InitiativeFields]))
  return Object.fromEntries(changed) as Partial<InitiativeFields>
}
