/**
 * Where a written place may be — an initiative, a room or an event: France,
 * metropolitan and overseas. One check for every place. Generous
 * boxes rather than polygons (the territories table holds no shapes): they
 * catch the two common mistakes — a point far outside France, and a point
 * sent as [lat, lon] — without refusing a real place near a coast or border.
 * A swapped point is flagged, never silently turned around: the sender must
 * say what they meant.
 */
import type { FieldError } from './errors.js'

type Box = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number]

const FRANCE: readonly Box[] = [
  [-5.8, 41.2, 9.9, 51.3], // metropolitan France and Corsica
  [-63.2, 15.8, -60.8, 18.2], // Guadeloupe, Saint-Martin, Saint-Barthélemy
  [-61.4, 14.3, -60.7, 15.0], // Martinique
  [-54.7, 2.0, -51.4, 6.0], // Guyane
  [55.1, -21.5, 56.0, -20.8], // La Réunion
  [44.9, -13.1, 45.4, -12.5], // Mayotte
  [-56.6, 46.7, -56.0, 47.2], // Saint-Pierre-et-Miquelon
  [-155.0, -28.0, -134.0, -7.0], // Polynésie française
  [163.0, -23.0, 169.0, -19.0], // Nouvelle-Calédonie
  [-178.5, -14.5, -175.9, -13.0], // Wallis-et-Futuna
]

const inFrance = (lon: number, lat: number) =>
  FRANCE.some(([minLon, minLat, maxLon, maxLat]) => lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat)

/** What is wrong with [lon, lat] as a place in France, naming `field`; undefined when it is right. */
export function pointInFranceError([lon, lat]: readonly number[], field: string): FieldError | undefined {
  const bad = (detail: string): FieldError => ({ in: 'body', field, detail })
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return bad('must be two finite numbers [longitude, latitude]')
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    return bad('is out of range (longitude -180..180, latitude -90..90)')
  }
  if (!inFrance(lon, lat)) {
    return bad(inFrance(lat, lon) ? 'coordinates look swapped ([lat, lon]); send [longitude, latitude]' : 'is outside France')
  }
  return undefined
}
