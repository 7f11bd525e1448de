/**
 * The error answer of the whole API (RFC 9457 problem+json), written once:
 * the schema is registered under the id `Problem` and every route's 4xx
 * answer refers to it (server/http/errors.ts), so the OpenAPI document shows
 * it; the web client reads errors by the same type.
 */
import { Type, type Static } from 'typebox'

export const PROBLEM_TYPE = 'application/problem+json'

/** Where a bad field is: the body, the query string, the path or a header. */
export const FIELD_LOCATIONS = ['body', 'query', 'params', 'headers'] as const

export const FieldError = Type.Object({
  in: Type.Enum(FIELD_LOCATIONS),
  field: Type.String({ description: 'dotted path of the field (`properties.name`, `bbox`)' }),
  detail: Type.String(),
})
export type FieldError = Static<typeof FieldError>

export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  instance: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(FieldError, { description: 'one per bad value' })),
}, { $id: 'Problem', description: 'RFC 9457 problem details' })
export type Problem = Static<typeof Problem>
