/**
 * The query parameters OGC API – Features Part 1 defines for items, checked,
 * pure: `bbox` (4 numbers, or 6 with heights that a point layer ignores),
 * `bbox-crs` (CRS84 only), `datetime` (an instant or an interval, open ends
 * written `..` or left empty), `limit` (larger ones are served as the
 * maximum, as the standard asks), and the page cursor.
 */
import { parseBbox, type Bbox } from '../shared/bbox.js'
import { Type } from 'typebox'
import { decodeCursor } from '../shared/cursor.js'
import { Uuid } from '../shared/text-schemas.js'
import { invalidField } from '../shared/errors.js'
import { parseMoment } from '../events/filters.js'

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'
const CRS84H = 'http://www.opengis.net/def/crs/OGC/0/CRS84h'

export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 10_000

/** Where a page starts: after the id of the last feature of the page before, or before the first of the page after. */
export type Keyset = { after: string; before?: undefined } | { before: string; after?: undefined }

export interface Period { from?: Date; to?: Date }


export function parseOgcBbox(raw: string | undefined, crs: string | undefined): Bbox | undefined {
  if (crs !== undefined && crs !== CRS84 && crs !== CRS84H) {
    throw invalidField('query', 'bbox-crs', `only ${CRS84} is supported`)
  }
  if (raw === undefined) return undefined
  const parts = raw.split(',')
  // minLon,minLat,minHeight,maxLon,maxLat,maxHeight: the points have no height, so only the heights' order is checked.
  if (parts.length === 6) {
    const [minLon, minLat, minHeight, maxLon, maxLat, maxHeight] = parts.map(Number)
    if (!(minHeight! <= maxHeight!)) throw invalidField('query', 'bbox', 'six numbers are minLon,minLat,minHeight,maxLon,maxLat,maxHeight')
    return parseBbox([minLon, minLat, maxLon, maxLat].join(','))
  }
  return parseBbox(raw)
}

/** An instant (`2027-03-20T10:00:00Z`) is a period of no length; `a/b`, `../b`, `a/..` are closed or half-open intervals. */
export function parseDatetime(raw: string | undefined): Period {
  if (raw === undefined) return {}
  const ends = raw.split('/')
  if (ends.length > 2) throw invalidField('query', 'datetime', 'is an instant or an interval start/end (ends may be ..)')
  const [from, to] = ends.map((end) => (end === '..' || end === '' ? undefined : parseMoment('datetime', end)))
  if (ends.length === 1) {
    if (from === undefined) throw invalidField('query', 'datetime', 'an instant must be an RFC 3339 date-time')
    return { from, to: from }
  }
  if (from && to && from > to) throw invalidField('query', 'datetime', 'the start of the interval is after its end')
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
}

export const pageSize = (limit: number) => Math.min(limit, MAX_LIMIT)

/** A page is after or before a feature, by id. */
const KeysetKey = Type.Unsafe<Keyset>(Type.Union([
  Type.Object({ after: Uuid() }, { additionalProperties: false }),
  Type.Object({ before: Uuid() }, { additionalProperties: false }),
]))

export const parseKeyset = (cursor: string | undefined): Keyset | undefined => decodeCursor(cursor, KeysetKey)
