/**
 * The offline base map: land, coastlines and borders drawn from Natural
 * Earth's 1:50m countries (npm `world-atlas`), served by the app itself, so
 * the map works with no internet and no tile server. No glyphs, sprites or
 * fonts: the style has no text.
 *
 * This module is loaded on demand (dynamic import) so that the TopoJSON
 * decoder and the 750 KB of country shapes stay out of the main bundle.
 */
import type { StyleSpecification } from 'maplibre-gl'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countriesUrl from 'world-atlas/countries-50m.json?url'
import type { BasemapColours } from './colours.js'

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>

export async function loadOfflineStyle(colours: BasemapColours, signal?: AbortSignal): Promise<StyleSpecification> {
  // Resolved against this module, so that a widget on another site fetches it from the Archipel server.
  const response = await fetch(new URL(countriesUrl, import.meta.url), { signal })
  if (!response.ok) throw new Error(`Base map data unavailable (HTTP ${response.status})`)
  return offlineStyle((await response.json()) as Countries, colours)
}

/** Builds the MapLibre style from the TopoJSON topology (pure). */
export function offlineStyle(topology: Countries, colours: BasemapColours): StyleSpecification {
  const { countries, land } = topology.objects
  const attribution = 'Natural Earth'
  return {
    version: 8,
    name: 'Archipel offline',
    sources: {
      land: { type: 'geojson', data: feature(topology, land), attribution },
      coastline: { type: 'geojson', data: mesh(topology, land) },
      // An arc shared by two different countries is a border; an arc with
      // a single owner is a coast, already drawn from the land object.
      borders: { type: 'geojson', data: mesh(topology, countries, (a, b) => a !== b) },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colours.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colours.land } },
      {
        id: 'coastline',
        type: 'line',
        source: 'coastline',
        paint: { 'line-color': colours.coastline, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.5] },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': colours.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.5],
          'line-dasharray': [3, 2],
        },
      },
    ],
  }
}
