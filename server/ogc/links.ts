/**
 * Links of the OGC answers, pure. Every href is absolute and starts with the
 * configured public address (PUBLIC_URL), never with what a request claims
 * its host to be.
 */
import { encodeCursor } from '../shared/cursor.js'
import { GEOJSON } from '../shared/geojson-schemas.js'
import type { Keyset } from './parameters.js'

export const JSON_TYPE = 'application/json'
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0'
export const SCHEMA_TYPE = 'application/schema+json'

export interface Link { href: string; rel: string; type: string; title?: string }

export type QueryValues = Record<string, unknown>

/** The query string of the values given, repeated parameters kept, in their order. */
export function queryString(query: QueryValues): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) params.append(name, String(item))
    }
  }
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

export interface PageLinkInput {
  /** PUBLIC_URL (or its fallback) and the items path, e.g. `https://carte.example/ogc/collections/rooms/items`. */
  itemsUrl: string
  /** The query as the client sent it, the cursor included. */
  query: QueryValues
  /** Whether this page was read backwards (from a `prev` link). */
  readBackwards: boolean
  /** Whether the page was read from a cursor at all (else it is the first page). */
  fromCursor: boolean
  returned: number
  /** More features lie beyond the page in the direction it was read. */
  more: boolean
  firstId: string | undefined
  lastId: string | undefined
}

/**
 * `self`, and `next`/`prev` where more lies that way: read forwards, a next
 * page when more remain and a previous one after a cursor; read backwards,
 * the other way round. No link leads to an empty page.
 */
export function itemsPageLinks(page: PageLinkInput): Link[] {
  const { cursor: _cursor, ...rest } = page.query
  const at = (keyset: Keyset) => `${page.itemsUrl}${queryString({ ...rest, cursor: encodeCursor(keyset) })}`
  const links: Link[] = [
    { href: `${page.itemsUrl}${queryString(page.query)}`, rel: 'self', type: GEOJSON, title: 'this page' },
  ]
  const hasNext = page.readBackwards ? page.returned > 0 : page.more
  const hasPrev = page.readBackwards ? page.more : page.fromCursor && page.returned > 0
  if (hasNext && page.lastId) links.push({ href: at({ after: page.lastId }), rel: 'next', type: GEOJSON, title: 'next page' })
  if (hasPrev && page.firstId) links.push({ href: at({ before: page.firstId }), rel: 'prev', type: GEOJSON, title: 'previous page' })
  return links
}

/** The same links as an HTTP `Link` header (RFC 8288), for clients that read headers. */
export function linkHeader(links: Link[]): string {
  return links.map((link) => `<${link.href}>; rel="${link.rel}"; type="${link.type}"`).join(', ')
}
