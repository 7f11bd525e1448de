/** `bbox=minLon,minLat,maxLon,maxLat` (OGC / GeoJSON order), checked. */
import { invalidField } from './errors.js'

export type Bbox = [minLon: number, minLat: number, maxLon: number, maxLat: number]

export function parseBbox(raw: string | undefined): Bbox | undefined {
  if (raw === undefined) return undefined
  const parts = raw.split(',')
  const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)))
  if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    throw invalidField('query', 'bbox', 'must be four numbers: minLon,minLat,maxLon,maxLat')
  }
  const [minLon, minLat, maxLon, maxLat] = numbers as Bbox
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    throw invalidField('query', 'bbox', 'must lie within the world: longitudes in [-180, 180], latitudes in [-90, 90]')
  }
  if (minLon > maxLon || minLat > maxLat) {
    throw invalidField('query', 'bbox', 'minimum must not exceed maximum (order is minLon,minLat,maxLon,maxLat)')
  }
  return [minLon, minLat, maxLon, maxLat]
}
