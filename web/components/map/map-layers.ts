/**
 * What the map draws from the initiatives: the clustered GeoJSON source and
 * its circle layers, and the pure preparation of the data (each point gets
 * the colour of its first category). No text layers: the offline base map
 * has no glyphs.
 */
import type { CircleLayerSpecification, GeoJSONSourceSpecification } from 'maplibre-gl'
import type { FeatureCollection, Point } from 'geojson'
import type { Bbox, Category } from '../../api/types.js'

export const initiativeSource = 'initiatives'
export const clusterLayer = 'initiative-clusters'
export const pointLayer = 'initiative-points'

/** Colour of an initiative whose category is unknown to the taxonomy. */
const uncategorised = '#6b7280'

export interface MapPointProperties {
  id: string
  name: string
  colour: string
}

export function initiativeSourceSpec(data: FeatureCollection<Point, MapPointProperties>): GeoJSONSourceSpecification {
  return { type: 'geojson', data, cluster: true, clusterRadius: 48, clusterMaxZoom: 13 }
}

export function initiativeLayers(clusterColour: string): CircleLayerSpecification[] {
  return [
    {
      id: clusterLayer,
      type: 'circle',
      source: initiativeSource,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': clusterColour,
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 50, 21, 200, 27, 1000, 34],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: pointLayer,
      type: 'circle',
      source: initiativeSource,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': ['get', 'colour'],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 5, 14, 8],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
  ]
}

/**
 * What the map draws of a place — an initiative, a room, an event: its point,
 * its name, and its categories, the first of which gives its colour. Any
 * list of places the API answers is one.
 */
export interface MapPoint {
  id: string
  geometry: { type: 'Point'; coordinates: number[] }
  properties: { name: string; categories: readonly string[] }
}
export interface MapPoints { features: readonly MapPoint[] }

/**
 * Keeps only what the map needs (id, name, colour), which also keeps the
 * copy sent to MapLibre's worker small.
 */
export function toMapPoints(
  collection: MapPoints | undefined,
  categories: readonly Category[],
): FeatureCollection<Point, MapPointProperties> {
  const colours = new Map(categories.map((category) => [category.slug, category.colour]))
  return {
    type: 'FeatureCollection',
    features: (collection?.features ?? []).map((place) => ({
      type: 'Feature',
      geometry: place.geometry,
      properties: {
        id: place.id,
        name: place.properties.name,
        colour: colours.get(place.properties.categories[0] ?? '') ?? uncategorised,
      },
    })),
  }
}

/**
 * The visible area as an API bbox. Zoomed far out, MapLibre's bounds run
 * past the antimeridian and the poles; the API wants WGS84 ranges.
 */
export function viewportBbox(west: number, south: number, east: number, north: number): Bbox {
  const wraps = east - west >= 360
  return [
    wraps ? -180 : Math.max(-180, west),
    Math.max(-90, south),
    wraps ? 180 : Math.min(180, east),
    Math.min(90, north),
  ]
}
