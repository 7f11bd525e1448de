/**
 * Schemas of the writes on initiatives: a proposal (a GeoJSON Feature), a
 * change (partial), a report. Unknown fields are refused everywhere, so a
 * `status` or an `id` slipped into a proposal is a 400 naming it.
 */
import { Type, type Static } from 'typebox'
import { Line, Name, Text } from '../shared/text-schemas.js'
import { LEGAL_FORMS, REPORT_REASONS } from '../../db/schema/initiatives.js'
import { PointGeometry } from '../shared/geojson-schemas.js'

const Email = Type.String({ maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' })
const WebUrl = Type.String({ maxLength: 500, pattern: '^https?://[^\\s]+$' })
const Phone = Type.String({ maxLength: 40, pattern: '^[0-9+().\\s-]{4,40}$' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

/** The fields anyone may propose, as in the public answers. */
const editable = {
  name: Name({ minLength: 1, maxLength: 200 }),
  description: Text({ maxLength: 10_000, description: 'plain text; line breaks kept' }),
  categories: Type.Array(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 60 }), { minItems: 1, maxItems: 20, uniqueItems: true }),
  legal_form: Type.Unsafe<(typeof LEGAL_FORMS)[number]>(Type.String({ enum: [...LEGAL_FORMS] })),
  address: Line({ maxLength: 500 }),
  commune: Type.String({ pattern: '^[0-9][0-9AB][0-9]{3}$', description: 'INSEE code of the commune' }),
  email_public: Type.Boolean(),
  phone_public: Type.Boolean(),
}

/** Who proposes, and the honeypot a form hides from people (bots fill it). */
const proposerFields = {
  proposer_email: Type.Optional(Email),
  website_url: Type.Optional(Type.String({ maxLength: 500, description: 'leave empty (spam trap)' })),
}

const Point = Type.Object(PointGeometry.properties, { additionalProperties: false })

export const ProposalBody = Type.Object({
  type: Type.Literal('Feature'),
  geometry: Point,
  properties: Type.Object({
    name: editable.name,
    description: Type.Optional(editable.description),
    categories: editable.categories,
    legal_form: editable.legal_form,
    address: Type.Optional(editable.address),
    commune: editable.commune,
    website: Type.Optional(WebUrl),
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    email_public: Type.Optional(editable.email_public),
    phone_public: Type.Optional(editable.phone_public),
    ...proposerFields,
  }, { additionalProperties: false }),
}, { additionalProperties: false })
export type ProposalBody = Static<typeof ProposalBody>

export const ChangeBody = Type.Object({
  type: Type.Optional(Type.Literal('Feature')),
  geometry: Type.Optional(Point),
  properties: Type.Optional(Type.Object({
    name: Type.Optional(editable.name),
    description: Type.Optional(editable.description),
    categories: Type.Optional(editable.categories),
    legal_form: Type.Optional(editable.legal_form),
    address: Type.Optional(editable.address),
    commune: Type.Optional(editable.commune),
    website: Type.Optional(Nullable(WebUrl)),
    email: Type.Optional(Nullable(Email)),
    phone: Type.Optional(Nullable(Phone)),
    email_public: Type.Optional(editable.email_public),
    phone_public: Type.Optional(editable.phone_public),
    ...proposerFields,
  }, { additionalProperties: false })),
}, { additionalProperties: false })
export type ChangeBody = Static<typeof ChangeBody>

export const ReportBody = Type.Object({
  reason: Type.Unsafe<(typeof REPORT_REASONS)[number]>(Type.String({ enum: [...REPORT_REASONS] })),
  comment: Type.Optional(Text({ maxLength: 2000 })),
  email: Type.Optional(Email),
}, { additionalProperties: false })
export type ReportBody = Static<typeof ReportBody>

