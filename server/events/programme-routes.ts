/** Moderators create and edit programmes; reading them is public (routes.ts). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { Name, Text } from '../shared/text-schemas.js'
import { requireRole } from '../http/auth.js'
import type { ProgrammeService } from './programme-service.js'
import { Programme } from './schemas.js'
import { SlugParams } from '../shared/params.js'
import { createdAnswer } from '../http/openapi.js'

const fields = {
  title: Name({ minLength: 1, maxLength: 200 }),
  description: Text({ maxLength: 10_000 }),
  start_date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2027-11-01'] }),
  end_date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'the last day (inclusive)', examples: ['2027-11-30'] }),
}

const ProgrammeBody = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, examples: ['mois-de-l-ess-2027'] }),
  title: fields.title,
  description: Type.Optional(fields.description),
  start_date: fields.start_date,
  end_date: fields.end_date,
}, { additionalProperties: false })

const ProgrammeChange = Type.Object({
  title: Type.Optional(fields.title),
  description: Type.Optional(fields.description),
  start_date: Type.Optional(fields.start_date),
  end_date: Type.Optional(fields.end_date),
}, { additionalProperties: false, minProperties: 1 })

/** Before the body is checked: a visitor learns nothing from a 400. */
const onlyModerators = async (request: FastifyRequest) => { requireRole(request, 'moderator') }

export const programmeWriteRoutes: FastifyPluginAsyncTypebox<{ programmes: ProgrammeService }> = async (app, { programmes }) => {
  app.post('/api/programmes', {
    schema: {
      tags: ['events'],
      summary: 'Create a programme (moderator); 409 if the slug is taken',
      body: ProgrammeBody,
      response: { 201: createdAnswer('application/json', Programme) },
    },
    preValidation: onlyModerators,
  }, async (request, reply) => {
    const { slug, description = '', ...rest } = request.body
    const created = await programmes.create(slug, { ...rest, description })
    return reply.code(201).header('location', `/api/programmes/${created.slug}`).send(created)
  })

  app.patch('/api/programmes/:slug', {
    schema: {
      tags: ['events'],
      summary: 'Change a programme\'s title, description or dates (moderator); the slug stays',
      params: SlugParams,
      body: ProgrammeChange,
      response: { 200: Programme },
    },
    preValidation: onlyModerators,
  }, async (request) => {
    return programmes.change(request.params.slug, request.body)
  })
}
