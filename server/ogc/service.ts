/**
 * OGC API – Features: the landing page, conformance, collections with their
 * extents, and pages of items with their links. Knows neither HTTP nor SQL;
 * every link starts with the configured public address.
 */
import { NotFound } from '../shared/errors.js'
import type { FeaturePage } from '../shared/feature-page.js'
import { GEOJSON } from '../shared/geojson-schemas.js'
import { COLLECTION_IDS, COLLECTION_TEXTS, type CollectionId, type CollectionReaders, type PageRequest } from './catalogue.js'
import { itemsPageLinks, JSON_TYPE, OPENAPI_TYPE, SCHEMA_TYPE, type Link, type QueryValues } from './links.js'
import { CRS84, pageSize, parseKeyset } from './parameters.js'
import { queryablesOf } from './queryables.js'
import type { Bounds, OgcRepository } from './repository.js'
import { parisTime } from '../shared/paris-time.js'

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
]

const QUERYABLES_REL = 'http://www.opengis.net/def/rel/ogc/1.0/queryables'
const ODBL = 'https://opendatacommons.org/licenses/odbl/1-0/'
const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian'

export interface OgcServiceDependencies {
  readers: CollectionReaders
  repository: OgcRepository
  /** PUBLIC_URL without its trailing slash (or the server's own address when it is not set). */
  baseUrl: string
  siteName: string
  clock: () => Date
}

/** What a page of items needs from the request: its query as sent, the cursor included. */
export interface ItemsRequest<Q> { query: Q & { limit: number; cursor?: string | undefined } }

export function createOgcService({ readers, repository, baseUrl, siteName, clock }: OgcServiceDependencies) {
  const ogc = `${baseUrl}/ogc`
  const collectionUrl = (id: CollectionId) => `${ogc}/collections/${id}`

  async function extentOf(id: CollectionId) {
    const bounds: Bounds | undefined = id === 'initiatives' ? await repository.initiativeBounds()
      : id === 'rooms' ? await repository.roomBounds() : await repository.eventBounds()
    const spatial = bounds ? { spatial: { bbox: [bounds], crs: CRS84 } } : {}
    if (id !== 'events') return spatial
    const span = await repository.eventSpan()
    return span ? { ...spatial, temporal: { interval: [[parisTime(span.from), span.to ? parisTime(span.to) : null]], trs: GREGORIAN } } : spatial
  }

  async function describe(id: CollectionId) {
    const url = collectionUrl(id)
    const links: Link[] = [
      { href: url, rel: 'self', type: JSON_TYPE, title: 'this collection' },
      { href: `${url}/items`, rel: 'items', type: GEOJSON, title: COLLECTION_TEXTS[id].title },
      { href: `${url}/queryables`, rel: QUERYABLES_REL, type: SCHEMA_TYPE, title: 'queryables' },
      { href: ODBL, rel: 'license', type: 'text/html', title: 'Open Database License (ODbL) 1.0' },
    ]
    return { id, ...COLLECTION_TEXTS[id], links, extent: await extentOf(id), itemType: 'feature' as const, crs: [CRS84] }
  }

  /** The FeatureCollection text of a page; the features come as JSON text and are not parsed again. */
  async function items<Q extends QueryValues>(
    id: CollectionId, read: (request: PageRequest<Q>) => Promise<FeaturePage>,
    { query }: ItemsRequest<Q>,
  ): Promise<{ body: string; links: Link[] }> {
    const keyset = parseKeyset(query.cursor)
    const limit = pageSize(query.limit)
    const page = await read({ query, keyset, limit })
    const links = [
      ...itemsPageLinks({
        itemsUrl: `${collectionUrl(id)}/items`, query, readBackwards: keyset?.before !== undefined, fromCursor: keyset !== undefined,
        returned: page.returned, more: page.more, firstId: page.firstId, lastId: page.lastId,
      }),
      { href: collectionUrl(id), rel: 'collection', type: JSON_TYPE, title: COLLECTION_TEXTS[id].title },
    ]
    const body = `{"type":"FeatureCollection","timeStamp":${JSON.stringify(parisTime(clock()))},` +
      `"numberMatched":${page.matched},"numberReturned":${page.returned},"links":${JSON.stringify(links)},` +
      `"features":${page.featuresJson}}`
    return { body, links }
  }

  return {
    landing() {
      return {
        title: `${siteName} — OGC API – Features`,
        description: 'Initiatives, salles ouvertes et événements de l\'économie sociale et solidaire, en couches standard pour QGIS, GDAL et OWSLib. Données sous licence ODbL.',
        links: [
          { href: ogc, rel: 'self', type: JSON_TYPE, title: 'this document' },
          { href: `${baseUrl}/api/openapi.json`, rel: 'service-desc', type: OPENAPI_TYPE, title: 'the API definition (OpenAPI 3.0)' },
          { href: `${baseUrl}/api/docs`, rel: 'service-doc', type: 'text/html', title: 'the API documentation' },
          { href: `${ogc}/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'conformance classes' },
          { href: `${ogc}/collections`, rel: 'data', type: JSON_TYPE, title: 'the collections' },
        ],
      }
    },

    conformance: () => ({ conformsTo: CONFORMANCE }),

    async collections() {
      return {
        links: [{ href: `${ogc}/collections`, rel: 'self', type: JSON_TYPE, title: 'the collections' }],
        collections: await Promise.all(COLLECTION_IDS.map(describe)),
      }
    },

    collection: describe,

    initiatives: (request: ItemsRequest<Parameters<CollectionReaders['initiatives']>[0]['query']>) =>
      items('initiatives', readers.initiatives, request),
    rooms: (request: ItemsRequest<Parameters<CollectionReaders['rooms']>[0]['query']>) => items('rooms', readers.rooms, request),
    events: (request: ItemsRequest<Parameters<CollectionReaders['events']>[0]['query']>) => items('events', readers.events, request),

    /** One feature with its `self` and `collection` links; 404 when the collection has none with that id. */
    async item(id: CollectionId, featureId: string) {
      const text = await readers.feature(id, featureId)
      if (text === undefined) throw new NotFound(`No feature ${featureId} in the collection ${id}.`)
      const feature = JSON.parse(text) as Record<string, unknown>
      const url = `${collectionUrl(id)}/items/${encodeURIComponent(String(feature.id))}`
      return {
        ...feature,
        links: [
          { href: url, rel: 'self', type: GEOJSON, title: 'this feature' },
          { href: collectionUrl(id), rel: 'collection', type: JSON_TYPE, title: COLLECTION_TEXTS[id].title },
        ],
      }
    },

    queryables: (id: CollectionId) => queryablesOf(id, COLLECTION_TEXTS[id].title, `${collectionUrl(id)}/queryables`),
  }
}

export type OgcService = ReturnType<typeof createOgcService>
