/**
 * Shapes of the HTTP API answers used by the web client (SPEC §3–4).
 * Field names are the API's own (snake_case), kept as they travel.
 */
import type { Feature, Point } from 'geojson'

/** [minLon, minLat, maxLon, maxLat] in WGS84. */
export type Bbox = [number, number, number, number]

export interface Settings {
  site_name: string
  map_bounds: Bbox
  map_style_url: string | null
  geocoder: boolean
  legal_notice_url: string | null
}

export interface Category {
  slug: string
  label: string
  label_en: string
  colour: string
  icon: string
}

export interface InitiativeProperties {
  name: string
  description: string
  categories: string[]
  legal_form: string
  address: string | null
  commune: string | null
  commune_name: string | null
  website: string | null
}

export type Initiative = Feature<Point, InitiativeProperties> & { id: string }

export interface Link {
  href: string
  rel: string
  type?: string
  title?: string
}

/** A page of places, as every list of places in the API is answered. */
export interface PlaceCollection<F extends Feature> {
  type: 'FeatureCollection'
  features: F[]
  numberMatched: number
  numberReturned: number
  links: Link[]
}

export type InitiativeCollection = PlaceCollection<Initiative>

export interface InitiativeQuery {
  bbox?: Bbox
  limit?: number
}
