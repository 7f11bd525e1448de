/** The instance settings the web client and the widgets start from (GET /api/settings), written once. */
import { Type, type Static } from 'typebox'
import type { Bbox } from '../shared/bbox.js'

// An array of four in the schema (OpenAPI 3.0 has no tuples), read as a Bbox.
const Bounds = Type.Unsafe<Bbox>(Type.Array(Type.Number(), {
  minItems: 4, maxItems: 4, description: '[minLon, minLat, maxLon, maxLat] of the first view',
}))

export const Settings = Type.Object({
  site_name: Type.String(),
  map_bounds: Bounds,
  map_style_url: Type.Union([Type.String(), Type.Null()], { description: 'a MapLibre style; null for the offline base map' }),
  geocoder: Type.Boolean({ description: 'whether addresses can be searched (GEOCODER_URL is set)' }),
  legal_notice_url: Type.Union([Type.String(), Type.Null()]),
})
export type Settings = Static<typeof Settings>
