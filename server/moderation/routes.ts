/**
 * GET /api/moderation/queue, POST /api/moderation/{kind}/{id}/approve and
 * /reject — moderators only.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Text } from '../shared/text-schemas.js'
import { requireRole } from '../http/auth.js'
import { decodeCursor } from '../shared/cursor.js'
import { ItemList, pageLinks } from '../shared/list-pages.js'
import { QueueItem, QueueKind, QueuePosition } from './schemas.js'
import type { ModerationService } from './service.js'
import { routePaths } from '../../web/page-paths.js'

export interface ModerationRouteOptions {
  moderation: ModerationService
  publicUrl: string
}

export const moderationRoutes: FastifyPluginAsyncTypebox<ModerationRouteOptions> = async (app, { moderation, publicUrl }) => {
  app.get('/api/moderation/queue', {
    schema: {
      tags: ['moderation'],
      summary: 'Items to decide (pending revisions, reports, proposed events), oldest first, cursor-paged',
      querystring: Type.Object({
        kind: Type.Optional(QueueKind),
        cursor: Type.Optional(Type.String({ maxLength: 500, description: 'opaque, from the `next` link' })),
        limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
      }, { additionalProperties: false }),
      response: { 200: ItemList(QueueItem) },
    },
  }, async (request) => {
    requireRole(request, 'moderator')
    const { kind, cursor, limit } = request.query
    const page = await moderation.page(kind, decodeCursor(cursor, QueuePosition), limit)
    return { items: page.items, links: pageLinks('/api/moderation/queue', request.url, request.query, page.next) }
  })

  for (const verb of ['approve', 'reject'] as const) {
    app.post(`/api/moderation/:kind/:id/${verb}`, {
      schema: {
        tags: ['moderation'],
        summary: verb === 'approve'
          ? 'Approve: publish a new initiative or event, apply a change, resolve a report'
          : 'Reject: refuse a new initiative or event or a change, dismiss a report',
        params: Type.Object({ kind: QueueKind, id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        body: Type.Object({ reason: Type.Optional(Text({ maxLength: 2000 })) }, { additionalProperties: false }),
        response: { 204: Type.Null() },
      },
      // The body is optional: a bare POST decides without a reason.
      preValidation: async (request) => { request.body ??= {} },
    }, async (request, reply) => {
      const moderator = requireRole(request, 'moderator')
      await moderation.decide({
        kind: request.params.kind,
        id: request.params.id,
        approve: verb === 'approve',
        reviewerId: moderator.id,
        reason: request.body.reason?.trim() || null,
      }, (kind, id) => `${publicUrl}${kind === 'events' ? routePaths.event(id) : routePaths.initiative(id)}`)
      return reply.code(204).send(null)
    })
  }
}
