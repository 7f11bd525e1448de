/**
 * Part 3 "Queryables": for each collection, a JSON Schema of the properties a
 * client may filter on, named as the query parameters that filter them (the
 * same names as in the JSON API), so QGIS can offer them before it loads a
 * feature. Pure.
 */
import { EVENT_KINDS } from '../../db/schema/events.js'
import { LEGAL_FORMS } from '../../db/schema/initiatives.js'
import { EQUIPMENT } from '../../db/schema/rooms.js'
import type { CollectionId } from './catalogue.js'

const GEOMETRY = { title: 'Position', description: 'the point, WGS84 longitude/latitude', format: 'geometry-point' }
const TERRITORY = {
  title: 'Territoire', type: 'string', pattern: '^(commune|epci|departement|region):[0-9AB]+$',
  description: 'a commune, EPCI, département or région written type:code, e.g. departement:37 (matches the places inside it)',
}
const CATEGORY = {
  title: 'Catégorie', type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  description: 'a category slug (matches the features whose `categories` hold it)',
}
const TEXT = { title: 'Recherche', type: 'string', description: 'words searched for, accents and case ignored, as prefixes' }

const PROPERTIES: Record<CollectionId, Record<string, unknown>> = {
  initiatives: {
    geometry: GEOMETRY,
    category: CATEGORY,
    legal_form: { title: 'Forme juridique', type: 'string', enum: [...LEGAL_FORMS], description: 'matches `legal_form`' },
    territory: TERRITORY,
    q: { ...TEXT, description: `${TEXT.description}, in the name, address and description` },
  },
  rooms: {
    geometry: GEOMETRY,
    territory: TERRITORY,
    equipment: { title: 'Équipement', type: 'string', enum: [...EQUIPMENT], description: 'matches the rooms whose `equipment` holds it' },
    capacity_min: { title: 'Capacité minimale', type: 'integer', minimum: 1, description: 'matches `capacity` at least this' },
    step_free: { title: 'Accès de plain-pied', type: 'boolean', description: 'matches `step_free`' },
    free: { title: 'Gratuit', type: 'boolean', description: 'matches `free`' },
  },
  events: {
    geometry: GEOMETRY,
    datetime: { title: 'Dates', type: 'string', format: 'date-time', description: 'the span from the first start to the end of the last occurrence' },
    category: CATEGORY,
    kind: { title: 'Type', type: 'string', enum: [...EVENT_KINDS], description: 'matches `kind`' },
    programme: {
      title: 'Programme', type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      description: 'a programme slug (matches the events whose `programmes` hold it)',
    },
    territory: TERRITORY,
    organiser: { title: 'Organisateur', type: 'string', format: 'uuid', description: 'matches `organiser_id`' },
    q: { ...TEXT, description: `${TEXT.description}, in the title, organiser, address and description` },
  },
}

/** The queryables document of a collection, `$id` being its own absolute URL. */
export function queryablesOf(collection: CollectionId, title: string, url: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: url,
    type: 'object' as const,
    title,
    properties: PROPERTIES[collection],
    additionalProperties: false,
  }
}
