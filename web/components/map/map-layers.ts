/**
 * What the point map draws: the clustered GeoJSON source of its coloured
 * points and its circle layers, the same for every layer of places. No text
 * layers: the offline base map has no glyphs.
 */
import type { CircleLayerSpecification, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl'
import type { Bbox } from '../../api/types.js'
import type { ColouredPoints } from './point-colours.js'

export const pointSource = 'points'
export const clusterLayer = 'point-clusters'
export const pointLayer = 'point-markers'
/** The chosen point, drawn from a source of its own, unclustered: it stays visible inside a cluster. */
export const selectedSource = 'selected-point'
export const selectedLayer = 'point-selected'

export const noPoints: ColouredPoints = { type: 'FeatureCollection', features: [] }

export function pointSourceSpec(data: ColouredPoints): GeoJSONSourceSpecification {
  return { type: 'geojson', data, cluster: true, clusterRadius: 48, clusterMaxZoom: 13 }
}

export function pointLayers(clusterColour: string): CircleLayerSpecification[] {
  return [
    {
      id: clusterLayer,
      type: 'circle',
      source: pointSource,
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
      source: pointSource,
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

/** A ring around the chosen point, in its own colour, above the clusters. */
export function selectedLayerSpec(ringColour: string): CircleLayerSpecification {
  return {
    id: selectedLayer,
    type: 'circle',
    source: selectedSource,
    paint: {
      'circle-color': ['get', 'colour'],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 8, 14, 11],
      'circle-stroke-color': ringColour,
      'circle-stroke-width': 3,
    },
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

/** The visible area of `map` as an API bbox. */
export function visibleBbox(map: MapLibreMap): Bbox {
  const bounds = map.getBounds()
  return viewportBbox(bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth())
}

/** `bounds` as an attribute: `minLon,minLat,maxLon,maxLat`. */
export const bboxAttribute = {
  fromAttribute(value: string | null): Bbox | undefined {
    const numbers = value?.split(',').map(Number)
    return numbers?.length === 4 && numbers.every(Number.isFinite) ? (numbers as Bbox) : undefined
  },
  toAttribute(value: Bbox | undefined): string | undefined {
    return value?.join(',')
  },
}

/** A point written `lon,lat` (the `center` attributes); undefined when it is not one on the Earth. */
export const lonLatAttribute = {
  fromAttribute(value: string | null): [number, number] | undefined {
    const numbers = value?.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)))
    if (numbers?.length !== 2 || !numbers.every(Number.isFinite)) return undefined
    const [lon, lat] = numbers as [number, number]
    return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : undefined
  },
  toAttribute(value: [number, number] | undefined): string | undefined {
    return value?.join(',')
  },
}

/** The smallest box holding every point of the places (undefined for none). */
export function extentOf(places: { features: readonly { geometry: { coordinates: readonly number[] } }[] }): Bbox | undefined {
  const points = places.features.map((feature) => feature.geometry.coordinates)
  if (points.length === 0) return undefined
  const lons = points.map((point) => point[0]!)
  const lats = points.map((point) => point[1]!)
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
}
