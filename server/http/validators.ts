/**
 * How requests are checked against their schemas (AJV, through Fastify's own
 * compiler). Two rules differ by part of the request:
 *
 * - The query string and the path are text by nature, so their values are
 *   coerced to the schema's types (`limit=50` is the number 50; a single
 *   `category=x` is the array ["x"]).
 * - A JSON body already says its types, so it is never coerced: `"people":
 *   true` or `"purpose": ["p"]` are refused, not stored as 1 or "p".
 *
 * In both, unknown fields are refused (additionalProperties: false), never
 * dropped, and every bad field is reported, not only the first.
 */
import { AjvCompiler } from '@fastify/ajv-compiler'
import type { FastifyServerOptions } from 'fastify'

const COMMON = { removeAdditional: false, allErrors: true, useDefaults: true } as const

type BuildValidator = NonNullable<NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']>

// The app sets no `ajv` option of Fastify's: these options are the whole configuration.
const buildValidator: BuildValidator = (externalSchemas) => {
  // Both compilers know the schemas the app registered (the Problem answer).
  const factory = AjvCompiler()
  const options = (coerceTypes: false | 'array') => ({ customOptions: { ...COMMON, coerceTypes } })
  const forBody = factory(externalSchemas, options(false))
  const forText = factory(externalSchemas, options('array'))
  return (route) => (route.httpPart === 'body' ? forBody : forText)(route)
}

export const schemaController: FastifyServerOptions['schemaController'] = { compilersFactory: { buildValidator } }
