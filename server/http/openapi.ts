/** The OpenAPI 3 document (/api/openapi.json) built from the route schemas, and a browsable page (/api/docs). */
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import type { TSchema } from 'typebox'

/**
 * The schema of a 201 answer: its body, and the Location header it carries
 * (RFC 9110 §15.3.2), declared so that the OpenAPI document shows it. For
 * resources a client can GET; a creation without a readable item (a loan
 * request, a report) answers 201 with its body only.
 */
export const createdAnswer = <S extends TSchema>(contentType: string, schema: S) => ({
  content: { [contentType]: { schema } },
  headers: { location: { type: 'string', description: 'the path of the created resource, to GET it' } },
})

export async function registerOpenApi(app: FastifyInstance, siteName: string) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: `${siteName} API`,
        description: 'Initiatives, events and rooms of social and solidarity economy networks. Data under ODbL.',
        version: '0.1.0',
        license: { name: 'ODbL-1.0 (data)', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
      },
    },
    // Shared schemas keep their names (`Problem`) in components.schemas.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
