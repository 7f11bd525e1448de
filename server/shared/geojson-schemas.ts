/** TypeBox schemas of the GeoJSON answers (RFC 7946), for validation and OpenAPI. */
import { Type, type TSchema } from 'typebox'
import { Link } from './list-pages.js'

export const GEOJSON = 'application/geo+json'

export const PointGeometry = Type.Object({
  type: Type.Literal('Point'),
  coordinates: Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[longitude, latitude] in WGS84' }),
})

export const feature = <P extends TSchema, G extends TSchema = typeof PointGeometry>(properties: P, geometry?: G) =>
  Type.Object({ type: Type.Literal('Feature'), id: Type.String(), geometry: (geometry ?? PointGeometry) as G, properties })

export const featureCollection = <P extends TSchema, G extends TSchema = typeof PointGeometry>(properties: P, geometry?: G) =>
  Type.Object({
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(feature(properties, geometry)),
    numberMatched: Type.Integer(),
    numberReturned: Type.Integer(),
    links: Type.Array(Link),
  })

/** The query parameters every list of places shares. */
export const placeListQuery = {
  bbox: Type.Optional(Type.String({ description: 'minLon,minLat,maxLon,maxLat', examples: ['0.5,47.2,0.9,47.5'] })),
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'opaque, from the `next` link' })),
}
