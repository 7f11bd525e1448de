/**
 * Colours of the offline base map, kept apart from the style builder so the
 * map element can read them without loading the (lazy) base map module.
 */
export interface BasemapColours {
  sea: string
  land: string
  coastline: string
  border: string
}

export const defaultBasemapColours: BasemapColours = {
  sea: '#c9dfe6',
  land: '#f3f0e6',
  coastline: '#8fb0bb',
  border: '#b9ae98',
}
