/**
 * What no schema can promise for every field, checked once for every route
 * after its schema: no value of a request can reach the database in a form
 * it refuses, which would be a 500.
 *
 * - A NUL character: PostgreSQL's text cannot hold it.
 * - A lone UTF-16 surrogate (half of an emoji, `\ud800`): not a character;
 *   its UTF-8 encoding does not exist.
 * - A number that is not finite: AJV coerces `limit=Infinity` or `1e400`
 *   from the query string to Infinity and then skips `maximum` for it.
 *
 * JSON bodies are never coerced (validators.ts), so their numbers are
 * already finite; their strings still need the first two checks. Decoded
 * cursors are checked by their own schema (server/shared/cursor.ts).
 */
import type { FastifyInstance } from 'fastify'
import { Invalid, type FieldError } from '../shared/errors.js'

const NOT_TEXT = /\u0000|\p{Cs}/u

/** Adds to `errors` every bad value inside `value`, found at `path` of the request's part `where`. */
function problemsIn(value: unknown, where: FieldError['in'], path: string[], errors: FieldError[]) {
  const bad = (detail: string) => errors.push({ in: where, field: path.join('.') || where, detail })
  if (typeof value === 'string') {
    if (NOT_TEXT.test(value)) bad('must be text without NUL characters or broken UTF-16')
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) bad('must be a finite number')
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => problemsIn(item, where, [...path, String(index)], errors))
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) problemsIn(item, where, [...path, key], errors)
  }
}

/** The parts of a request a route's schema checks (headers are checked by Node). */
const PARTS = ['body', 'query', 'params'] as const

export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preHandler', async (request) => {
    const errors: FieldError[] = []
    for (const part of PARTS) problemsIn(request[part], part, [], errors)
    if (errors.length > 0) throw new Invalid(errors.map((e) => `${e.field}: ${e.detail}`).join('; '), errors)
  })
}
