/**
 * The moderation queue's contract: what kinds of items wait, how one reads,
 * and the cursor's position. The repository, the service, the routes and
 * the web's moderation page all take these types from here.
 */
import { Type, type Static } from 'typebox'
import { Uuid } from '../shared/text-schemas.js'
import { PossibleDuplicate } from '../shared/pending-schemas.js'

export const QUEUE_KINDS = ['revisions', 'reports', 'events'] as const
export type QueueKind = (typeof QUEUE_KINDS)[number]
export const QueueKind = Type.Unsafe<QueueKind>(Type.String({ enum: [...QUEUE_KINDS] }))

/** Position in the queue: the last item's creation time (text, exact to the microsecond) and id. */
export type QueuePosition = [createdAt: string, id: string]
export const QueuePosition = Type.Unsafe<QueuePosition>(Type.Tuple([Type.String({ format: 'date-time' }), Uuid()]))

export const QueueItem = Type.Object({
  kind: QueueKind,
  id: Type.String({ format: 'uuid', description: 'the revision, report or event to decide on' }),
  target: Type.Object({ type: Type.Union([Type.Literal('initiative'), Type.Literal('event')]), id: Type.String({ format: 'uuid' }) }),
  created_at: Type.String({ format: 'date-time', description: 'when it was written: RFC 3339, Europe/Paris offset' }),
  proposer: Type.Object({ account_id: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]) }),
  before: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], { description: 'the fields before the change; null for a new item' }),
  after: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], { description: 'the fields proposed (a report: its reason and comment)' }),
  possible_duplicates: Type.Array(PossibleDuplicate),
})
export type QueueItem = Static<typeof QueueItem>
