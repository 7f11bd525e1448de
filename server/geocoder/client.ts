/**
 * The optional address search. GEOCODER_URL names a server speaking the
 * Base Adresse Nationale search API (`GET {url}/search/?q=…&limit=…`,
 * answering a GeoJSON FeatureCollection whose properties carry `label`,
 * `citycode`, `postcode`) — the French national service or a self-hosted
 * addok; Photon answers the same shape with `name`/`city` instead of
 * `label`, which is read too.
 *
 * The remote answer is outside data: every feature is checked (a point
 * with finite, in-range coordinates) and anything else is skipped.
 */
import type { GeocodedAddress } from './schemas.js'

export type { GeocodedAddress }

export class GeocoderUnavailable extends Error {}

export interface Geocoder {
  search(query: string, limit: number): Promise<GeocodedAddress[]>
}

const TIMEOUT_MS = 5000

export function createGeocoder(baseUrl: string, fetchImpl: typeof fetch = fetch): Geocoder {
  const endpoint = new URL('search/', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
  return {
    async search(query, limit) {
      const url = new URL(endpoint)
      url.searchParams.set('q', query)
      url.searchParams.set('limit', String(limit))
      let body: unknown
      try {
        const response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } })
        if (!response.ok) throw new GeocoderUnavailable(`geocoder answered ${response.status}`)
        body = await response.json()
      } catch (error) {
        if (error instanceof GeocoderUnavailable) throw error
        throw new GeocoderUnavailable(`geocoder unreachable: ${(error as Error).message}`)
      }
      return readFeatures(body).slice(0, limit)
    },
  }
}

function readFeatures(body: unknown): GeocodedAddress[] {
  const features = (body as { features?: unknown })?.features
  if (!Array.isArray(features)) throw new GeocoderUnavailable('geocoder answer is not a FeatureCollection')
  const results: GeocodedAddress[] = []
  for (const feature of features) {
    const coordinates = feature?.geometry?.type === 'Point' ? feature.geometry.coordinates : undefined
    const properties = feature?.properties ?? {}
    if (!Array.isArray(coordinates)) continue
    const [lon, lat] = coordinates
    if (!isCoordinate(lon, 180) || !isCoordinate(lat, 90)) continue
    const label = text(properties.label) ?? [text(properties.name), text(properties.postcode), text(properties.city)].filter(Boolean).join(' ')
    if (!label) continue
    const citycode = text(properties.citycode)
    results.push({
      label,
      coordinates: [lon, lat],
      commune: citycode && /^[0-9][0-9AB][0-9]{3}$/.test(citycode) ? citycode : null,
      postcode: text(properties.postcode) ?? null,
    })
  }
  return results
}

const isCoordinate = (value: unknown, bound: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= bound

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 300) : undefined
