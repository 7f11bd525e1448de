/** TypeBox schemas of the initiatives' public answers (validation and OpenAPI). */
import { Type, type Static, type TSchema } from 'typebox'
import { LEGAL_FORMS, INITIATIVE_STATUSES } from '../../db/schema/initiatives.js'
import { feature, featureCollection } from '../shared/geojson-schemas.js'
import { ItemList } from '../shared/list-pages.js'

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const InitiativeProperties = Type.Object({
  name: Type.String(),
  description: Type.String({ description: 'plain text, line breaks kept' }),
  categories: Type.Array(Type.String(), { description: 'category slugs' }),
  legal_form: Type.Union(LEGAL_FORMS.map((form) => Type.Literal(form))),
  address: Type.String(),
  commune: nullable(Type.String({ description: 'INSEE code' })),
  commune_name: nullable(Type.String()),
  epci: nullable(Type.String({ description: 'SIREN of the EPCI' })),
  departement: nullable(Type.String()),
  region: nullable(Type.String()),
  website: nullable(Type.String()),
  email: nullable(Type.String({ description: 'only when its owner made it public (or for a moderator)' })),
  phone: nullable(Type.String({ description: 'only when its owner made it public (or for a moderator)' })),
  email_public: Type.Optional(Type.Boolean({ description: 'moderators only' })),
  phone_public: Type.Optional(Type.Boolean({ description: 'moderators only' })),
  status: Type.Union(INITIATIVE_STATUSES.map((status) => Type.Literal(status))),
  created_at: Type.String(),
  updated_at: Type.String(),
  source: Type.String({ description: '`contribution` or `import:<name>`' }),
}, { additionalProperties: true })

export const InitiativeFeature = feature(InitiativeProperties)
export const InitiativeCollection = featureCollection(InitiativeProperties)
export type InitiativeProperties = Static<typeof InitiativeProperties>
export type InitiativeFeature = Static<typeof InitiativeFeature>
export type InitiativeCollection = Static<typeof InitiativeCollection>

/** Every published initiative in one collection, with its licence (GET /api/initiatives.geojson). */
export const InitiativeExport = Type.Object({
  type: Type.Literal('FeatureCollection'),
  license: Type.String(),
  attribution: Type.String(),
  numberMatched: Type.Integer(),
  features: Type.Array(InitiativeFeature),
})


const Fields = Type.Record(Type.String(), Type.Unknown(), { description: 'initiative fields (properties, and `geometry` when it moved)' })

export const HistoryEntry = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('create'), Type.Literal('update')]),
  created_at: Type.String(),
  decided_at: nullable(Type.String()),
  before: nullable(Fields),
  after: Fields,
  proposer: Type.Object({ display_name: nullable(Type.String()) }),
})

export const History = ItemList(HistoryEntry, 'Approved revisions, newest first')
export type HistoryEntry = Static<typeof HistoryEntry>
