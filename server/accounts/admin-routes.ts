/** GET/POST /api/accounts, PATCH /api/accounts/{id}: account administration, for admins. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Line, Uuid } from '../shared/text-schemas.js'
import type { Config } from '../config.js'
import { requireRole } from '../http/auth.js'
import { decodeCursor } from '../shared/cursor.js'
import { ItemList, pageLinks, pageQuery } from '../shared/list-pages.js'
import { AdminAccountSchema, DisplayName, Email, OrganisationIds, RoleSchema } from './schemas.js'
import type { AccountService } from './service.js'
import { IdParams } from '../shared/params.js'

/** The last account seen: its e-mail in lower case, and its id. */
const AccountKey = Type.Tuple([Line({ maxLength: 320 }), Uuid()])

export const accountAdminRoutes: FastifyPluginAsyncTypebox<{ accounts: AccountService; config: Config }> = async (app, { accounts, config }) => {
  app.get('/api/accounts', {
    schema: {
      tags: ['accounts'],
      summary: 'Accounts, by e-mail (admin)',
      querystring: Type.Object(pageQuery(100, 500), { additionalProperties: false }),
      response: { 200: ItemList(AdminAccountSchema) },
    },
  }, async (request) => {
    requireRole(request, 'admin')
    const { items, last } = await accounts.list(request.query.limit, decodeCursor(request.query.cursor, AccountKey))
    return { items, links: pageLinks('/api/accounts', request.url, request.query, last) }
  })

  app.post('/api/accounts', {
    schema: {
      tags: ['accounts'],
      summary: 'Create an account and e-mail its invitation to set a password (admin)',
      body: Type.Object({
        email: Email,
        display_name: DisplayName,
        role: RoleSchema,
        organisations: Type.Optional(OrganisationIds),
      }, { additionalProperties: false }),
      response: { 201: AdminAccountSchema },
    },
  }, async (request, reply) => {
    requireRole(request, 'admin')
    const account = await accounts.create({ ...request.body, organisations: request.body.organisations ?? [] }, config.publicUrl)
    return reply.code(201).send(account)
  })

  app.patch('/api/accounts/:id', {
    schema: {
      tags: ['accounts'],
      summary: 'Change an account’s role, name or organisations, or disable it (admin)',
      params: IdParams,
      body: Type.Object({
        display_name: Type.Optional(DisplayName),
        role: Type.Optional(RoleSchema),
        organisations: Type.Optional(OrganisationIds),
        disabled: Type.Optional(Type.Boolean({ description: 'true also closes the account’s sessions' })),
      }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: AdminAccountSchema },
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin')
    return accounts.update(actor, request.params.id, request.body)
  })
}
