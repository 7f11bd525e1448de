/**
 * Reading the open rooms: who may see what. Anyone sees the published
 * rooms; a member of a host (or a moderator) sees its hidden ones too, and
 * such an answer is theirs alone (`personal`: never kept by a shared cache).
 * The routes speak HTTP, the repository SQL; the rules are here.
 */
import type { Account } from '../accounts/repository.js'
import { actsFor } from '../accounts/acting-for.js'
import { invalidField, NotFound } from '../shared/errors.js'
import type { FeaturePage } from '../shared/feature-page.js'
import type { RoomFilter, RoomRepository } from './repository.js'
import { parisTime } from '../shared/paris-time.js'
import { parseAvailabilityWindow } from './time-window.js'

type Reader = Account | null | undefined

export interface RoomReaderDependencies {
  rooms: RoomRepository
  /** The current time; a parameter so tests can hold it still. */
  clock: () => Date
}

export function createRoomReader({ rooms, clock }: RoomReaderDependencies) {
  return {
    /** A page of the rooms that match; with `hosts`, the hidden rooms of those the reader acts for too. */
    async list(filter: Omit<RoomFilter, 'hiddenVisibleFor'>, limit: number, reader: Reader): Promise<{ page: FeaturePage; personal: boolean }> {
      const [unknown] = await rooms.unknownTerritories(filter.territories ?? [])
      if (unknown !== undefined) throw invalidField('query', 'territory', `unknown territory "${unknown}"`)
      // A member asking for their own organisation's rooms sees the hidden ones too ("Mes salles").
      const hiddenVisibleFor = (filter.hosts ?? []).filter((host) => actsFor(reader, host))
      return { page: await rooms.listPublished({ ...filter, hiddenVisibleFor }, limit), personal: hiddenVisibleFor.length > 0 }
    },

    /** A room as Feature text: published for anyone, hidden for those who act for its host. */
    async room(id: string, reader: Reader): Promise<{ feature: string; personal: boolean }> {
      const room = await rooms.findFeature(id)
      if (room === undefined || (!room.published && !actsFor(reader, room.hostId))) throw new NotFound('No such room.')
      return { feature: room.feature, personal: !room.published }
    },

    /** The busy intervals of a published room over a window (approved loans, without personal data). */
    async availability(id: string, from: string | undefined, to: string | undefined) {
      const room = await rooms.findPublished(id)
      if (!room) throw new NotFound('No such room.')
      const window = parseAvailabilityWindow(from, to, clock())
      const loans = await rooms.approvedLoans(room.id, window.from, window.to)
      return {
        room_id: room.id,
        from: parisTime(window.from),
        to: parisTime(window.to),
        busy: loans.map((loan) => ({ start: parisTime(loan.start), end: parisTime(loan.end) })),
      }
    },
  }
}

export type RoomReader = ReturnType<typeof createRoomReader>
