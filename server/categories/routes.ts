/** GET /api/categories — the taxonomy of initiatives and events. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { CategoryRepository } from './repository.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { ItemList, singlePageLinks } from '../shared/list-pages.js'
import { Category } from './schemas.js'

export const categoryRoutes: FastifyPluginAsyncTypebox<{ categories: CategoryRepository }> = async (app, { categories }) => {
  app.get('/api/categories', {
    config: PUBLIC_READ,
    schema: {
      tags: ['categories'],
      summary: 'The taxonomy',
      querystring: Type.Object({}, { additionalProperties: false }),
      response: { 200: ItemList(Category) },
    },
  }, async (request) => ({ items: await categories.list(), links: singlePageLinks(request.url) }))
}
