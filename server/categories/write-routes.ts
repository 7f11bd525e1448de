/** POST /api/categories, PATCH /api/categories/{slug} — moderators manage the taxonomy. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { requireRole } from '../http/auth.js'
import { Conflict, NotFound } from '../shared/errors.js'
import type { CategoryRepository } from './repository.js'
import { Category, categoryFields, Slug } from './schemas.js'


export const categoryWriteRoutes: FastifyPluginAsyncTypebox<{ categories: CategoryRepository }> = async (app, { categories }) => {
  app.post('/api/categories', {
    schema: {
      tags: ['categories'],
      summary: 'Add a category (moderators); 409 when the slug is taken',
      body: Type.Object({ slug: Slug, label: categoryFields.label, label_en: Type.Optional(categoryFields.label_en), colour: categoryFields.colour, icon: categoryFields.icon },
        { additionalProperties: false }),
      response: { 201: Category },
    },
  }, async (request, reply) => {
    requireRole(request, 'moderator')
    const { slug, label, label_en: labelEn, colour, icon } = request.body
    const created = await categories.create({ slug, label, label_en: labelEn ?? label, colour: colour.toLowerCase(), icon })
    if (!created) throw new Conflict(`The category ${slug} already exists.`)
    return reply.code(201).send(created)
  })

  app.patch('/api/categories/:slug', {
    schema: {
      tags: ['categories'],
      summary: 'Change a category\'s labels, colour or icon (moderators)',
      params: Type.Object({ slug: Slug }, { additionalProperties: false }),
      body: Type.Object({
        label: Type.Optional(categoryFields.label), label_en: Type.Optional(categoryFields.label_en),
        colour: Type.Optional(categoryFields.colour), icon: Type.Optional(categoryFields.icon),
      }, { additionalProperties: false }),
      response: { 200: Category },
    },
  }, async (request) => {
    requireRole(request, 'moderator')
    const { colour, ...rest } = request.body
    const updated = await categories.update(request.params.slug, { ...rest, ...(colour ? { colour: colour.toLowerCase() } : {}) })
    if (!updated) throw new NotFound(`No category ${request.params.slug}.`)
    return updated
  })
}
