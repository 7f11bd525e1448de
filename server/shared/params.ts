/**
 * The path parameters of every resource, written once. A value that cannot
 * name a resource (a malformed id or slug) fails the schema and is answered
 * 404 like an unknown one (server/http/errors.ts), so no query ever sees it.
 */
import { Type } from 'typebox'

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid', description: 'the resource id (UUID)' }) }, { additionalProperties: false })

export const SlugParams = Type.Object({
  slug: Type.String({ maxLength: 200, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'lower-case ASCII words joined by hyphens' }),
}, { additionalProperties: false })
