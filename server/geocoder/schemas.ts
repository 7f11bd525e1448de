/**
 * The address search's answer (GET /api/geocode): one found address, for
 * the geocoder client that reads the remote service, the route and the web's
 * point picker.
 */
import { Type, type Static } from 'typebox'

export const GeocodedAddress = Type.Object({
  label: Type.String(),
  coordinates: Type.Tuple([Type.Number(), Type.Number()], { description: '[lon, lat]' }),
  commune: Type.Union([Type.String(), Type.Null()], { description: 'INSEE code of the commune, when the geocoder gives it' }),
  postcode: Type.Union([Type.String(), Type.Null()]),
})
export type GeocodedAddress = Static<typeof GeocodedAddress>
