/** GET /api/territories?q= — search of communes, EPCI, départements and régions. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type Static } from 'typebox'
import type { TerritoryRepository } from './repository.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { ItemList, singlePageLinks } from '../shared/list-pages.js'

const TerritoryType = Type.Union([Type.Literal('commune'), Type.Literal('epci'), Type.Literal('departement'), Type.Literal('region')])

export const Territory = Type.Object({
  id: Type.String({ examples: ['departement:37'] }),
  type: TerritoryType,
  code: Type.String(),
  name: Type.String(),
  postal_codes: Type.Array(Type.String()),
  parents: Type.Array(Type.String(), { description: 'ids of the territories containing this one' }),
})
export type Territory = Static<typeof Territory>

export const territoryRoutes: FastifyPluginAsyncTypebox<{ territories: TerritoryRepository }> = async (app, { territories }) => {
  app.get('/api/territories', {
    config: PUBLIC_READ,
    schema: {
      tags: ['territories'],
      summary: 'Search territories by name (accents and case ignored), postal code or code',
      querystring: Type.Object({
        q: Type.String({ minLength: 1, maxLength: 100 }),
        type: Type.Optional(Type.Array(TerritoryType, { maxItems: 4 })),
        limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
      }, { additionalProperties: false }),
      response: { 200: ItemList(Territory, 'the best matches, at most `limit`') },
    },
  }, async (request) => {
    const { q, type, limit } = request.query
    return { items: await territories.search(q.trim(), type, limit), links: singlePageLinks(request.url) }
  })
}
