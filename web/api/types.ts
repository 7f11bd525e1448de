/**
 * Shapes of the HTTP API answers used by the web client (SPEC §3–4). The
 * answers of the contract are not written here: they are the server's
 * TypeBox schemas, read as types (`import type`, so nothing of the server
 * reaches the bundle). Field names are the API's own (snake_case).
 */
import type { Bbox } from '../../server/shared/bbox.js'

/** [minLon, minLat, maxLon, maxLat] in WGS84. */
export type { Bbox }
export type { Link } from '../../server/shared/list-pages.js'
export type { Problem, FieldError } from '../../server/shared/problem.js'
export type {
  InitiativeProperties, InitiativeFeature as Initiative, InitiativeCollection, HistoryEntry,
} from '../../server/initiatives/schemas.js'
export type { RoomProperties, RoomFeature as Room, RoomCollection, Availability } from '../../server/rooms/schemas.js'
export type { Loan, LoanCreated } from '../../server/loans/schemas.js'
export type {
  EventProperties, Occurrence, OccurrenceCollection, EventFeature as AgendaEvent, Programme,
} from '../../server/events/schemas.js'
export type { EventCreateBody as EventProposal, EventWritten } from '../../server/events/write-schemas.js'
export type { Settings } from '../../server/system/schemas.js'
export type { SignedInAccount as Account } from '../../server/accounts/schemas.js'
export type { Category } from '../../server/categories/schemas.js'
export type { Territory } from '../../server/territories/routes.js'

export interface InitiativeQuery {
  bbox?: Bbox
  limit?: number
}
