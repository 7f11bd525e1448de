/**
 * How a list of places becomes the coloured points `<archipel-point-map>`
 * draws: initiatives and events take the colour of their first category,
 * rooms one colour of their own. The map itself knows no layer: it draws
 * points with an id, a name and a colour. Keeping only these also keeps the
 * copy sent to MapLibre's worker small.
 */
import type { FeatureCollection, Point } from 'geojson'
import type { Category } from '../../api/types.js'

/** What the map draws of one point. */
export interface MapPointProperties {
  id: string
  name: string
  colour: string
}

export type ColouredPoints = FeatureCollection<Point, MapPointProperties>

/** A place the API answers (an initiative, a room, an event): its id, point and name. */
export interface MapPlace<P extends { name: string } = { name: string }> {
  id: string
  geometry: { type: 'Point'; coordinates: number[] }
  properties: P
}

/** A place with categories, the first of which gives its colour. */
export type CategorisedPlace = MapPlace<{ name: string; categories: readonly string[] }>

/** Colour of a place whose category is unknown to the taxonomy. */
export const uncategorised = '#6b7280'

/** Colour of the rooms on their map. */
export const roomColour = '#9a3412'

/** Places coloured by their first category. */
export function colouredByCategory(places: readonly CategorisedPlace[], categories: readonly Category[]): ColouredPoints {
  const colours = new Map(categories.map((category) => [category.slug, category.colour]))
  return coloured(places, (place) => colours.get(place.properties.categories[0] ?? '') ?? uncategorised)
}

/** Places all of one colour. */
export function colouredAs(places: readonly MapPlace[], colour: string): ColouredPoints {
  return coloured(places, () => colour)
}

function coloured<T extends MapPlace>(places: readonly T[], colourOf: (place: T) => string): ColouredPoints {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.geometry.coordinates },
      properties: { id: place.id, name: place.properties.name, colour: colourOf(place) },
    })),
  }
}
