/**
 * The three collections the OGC API publishes, and how each reads its items
 * through its own domain: the same filters, the same repositories and the
 * same Feature as the JSON API. Published data only.
 */
import type { Static } from 'typebox'
import { eventFeature, eventProperties } from '../events/features.js'
import type { EventRepository } from '../events/repository.js'
import type { EventReader } from '../events/service.js'
import { checkKnown, parseInitiativeFilter } from '../initiatives/list-filter.js'
import type { InitiativeRepository } from '../initiatives/repository.js'
import { parseRoomFilter } from '../rooms/list-filter.js'
import type { RoomRepository } from '../rooms/repository.js'
import type { FeaturePage } from '../shared/feature-page.js'
import { parseDatetime, parseOgcBbox, type Keyset } from './parameters.js'
import type { EventItemsQuery, InitiativeItemsQuery, RoomItemsQuery } from './schemas.js'

export const COLLECTION_IDS = ['initiatives', 'rooms', 'events'] as const
export type CollectionId = typeof COLLECTION_IDS[number]

export const COLLECTION_TEXTS: Record<CollectionId, { title: string; description: string }> = {
  initiatives: {
    title: 'Initiatives',
    description: 'Les initiatives publiées de l\'économie sociale et solidaire de la carte contributive : nom, catégories, forme juridique, adresse, commune et territoires, contacts publics. Données sous licence ODbL.',
  },
  rooms: {
    title: 'Salles ouvertes',
    description: 'Les salles que des organisations prêtent à d\'autres : capacité, équipements, accès de plain-pied, conditions. Données sous licence ODbL.',
  },
  events: {
    title: 'Événements',
    description: 'Les événements publiés de l\'agenda, un objet par événement avec sa récurrence (rrule, exdates) et non une ligne par date ; start et end sont ceux de la première occurrence. Le filtre datetime retient les événements dont la période — du premier début à la fin de la dernière occurrence, ouverte si la récurrence ne finit pas — le rencontre. Les événements en ligne n\'ont pas de géométrie. Données sous licence ODbL.',
  },
}

export interface PageRequest<Q> { query: Q; keyset: Keyset | undefined; limit: number }

export interface CollectionReaders {
  initiatives: (request: PageRequest<Static<typeof InitiativeItemsQuery>>) => Promise<FeaturePage>
  rooms: (request: PageRequest<Static<typeof RoomItemsQuery>>) => Promise<FeaturePage>
  events: (request: PageRequest<Static<typeof EventItemsQuery>>) => Promise<FeaturePage>
  /** One published feature as GeoJSON text; undefined when there is none with that id. */
  feature: (collection: CollectionId, id: string) => Promise<string | undefined>
}

export interface CollectionReaderDependencies {
  initiatives: InitiativeRepository
  rooms: RoomRepository
  events: EventRepository
  /** For the agenda's filters, checked as GET /api/events checks them. */
  eventReader: EventReader
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function createCollectionReaders({ initiatives, rooms, events, eventReader }: CollectionReaderDependencies): CollectionReaders {
  return {
    async initiatives({ query, keyset, limit }) {
      const bbox = parseOgcBbox(query.bbox, query['bbox-crs'])
      const filter = { ...parseInitiativeFilter({ ...query, bbox: undefined }), ...(bbox ? { bbox } : {}) }
      checkKnown(filter, await initiatives.knownNames(filter))
      return initiatives.pageById(filter, limit, keyset ?? {})
    },

    async rooms({ query, keyset, limit }) {
      const bbox = parseOgcBbox(query.bbox, query['bbox-crs'])
      const filter = parseRoomFilter({ ...query, bbox: undefined, limit })
      return rooms.listPublished({ ...filter, bbox, ...keyset }, limit)
    },

    async events({ query, keyset, limit }) {
      const bbox = parseOgcBbox(query.bbox, query['bbox-crs'])
      const period = parseDatetime(query.datetime)
      const { filter } = await eventReader.resolveFilter({ ...query, bbox: undefined })
      const { rows, matched, more } = await events.publishedPage({ ...filter, ...(bbox ? { bbox } : {}) }, period, limit, keyset ?? {})
      const features = rows.map((row) => eventFeature(row, row.id, eventProperties(row)))
      return { featuresJson: JSON.stringify(features), returned: rows.length, firstId: rows[0]?.id, lastId: rows.at(-1)?.id, matched, more }
    },

    async feature(collection, id) {
      if (!UUID.test(id)) return undefined
      const key = id.toLowerCase()
      if (collection === 'initiatives') return initiatives.findFeature(key, false)
      if (collection === 'rooms') {
        const room = await rooms.findFeature(key)
        return room?.published ? room.feature : undefined
      }
      const row = await events.findPublic(key)
      return row?.status === 'published' ? JSON.stringify(eventFeature(row, row.id, eventProperties(row))) : undefined
    },
  }
}
