/**
 * The one answer of a write left for review (202), for initiatives and
 * events alike: what was written, that it waits for a moderator, and what
 * the writer should know. Every member is always present, so a client reads
 * one shape whichever resource it wrote.
 */
import { Type, type Static } from 'typebox'

export const NOTICES = ['room_not_booked'] as const
export type Notice = (typeof NOTICES)[number]

export const Notices = Type.Array(Type.Unsafe<Notice>(Type.String({ enum: [...NOTICES] })), {
  description: 'room_not_booked: the room is named as the place but not booked; its host lends it through a loan',
})

export const PossibleDuplicate = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  distance_m: Type.Number({ description: 'metres from the point written' }),
}, { description: 'a published initiative of a similar name nearby' })
export type PossibleDuplicate = Static<typeof PossibleDuplicate>

export const PendingAnswer = Type.Object({
  id: Type.String({ format: 'uuid', description: 'the initiative or event written' }),
  status: Type.Literal('pending'),
  revision_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
    description: 'the revision the moderators decide on (/api/moderation/revisions/{id}); '
      + 'null when the item itself awaits review (an event: /api/moderation/events/{id})',
  }),
  possible_duplicates: Type.Array(PossibleDuplicate, { description: 'initiatives only; empty for events' }),
  notices: Notices,
}, { description: 'a write left for review' })
export type PendingAnswer = Static<typeof PendingAnswer>
