/** TypeBox schemas of the GeoJSON answers (RFC 7946), for validation and OpenAPI. */
import { Type, type TSchema } from 'typebox'

export const GEOJSON = 'application/geo+json'

export const PointGeometry = Type.Object({
  type: Type.Literal('Point'),
  coordinates: Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[longitude, latitude] in WGS84' }),
})

export const Link = Type.Object({ href: Type.String(), rel: Type.String(), type: Type.Optional(Type.String()) })

export const feature = (properties: TSchema, geometry: TSchema = PointGeometry) =>
  Type.Object({ type: Type.Literal('Feature'), id: Type.String(), geometry, properties })

export const featureCollection = (properties: TSchema, geometry?: TSchema) =>
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
