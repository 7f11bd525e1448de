/** Liveness, readiness, and the instance settings the web client needs. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'drizzle-orm'
import { Type } from 'typebox'
import type { Database } from '../../db/client.js'
import { pendingMigrations } from '../../db/migrate.js'
import type { Config } from '../config.js'
import { RETRY_AFTER_SECONDS } from '../http/database-errors.js'
import { sendProblem } from '../http/errors.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { Settings } from './schemas.js'


export const systemRoutes: FastifyPluginAsyncTypebox<{ config: Config; database: Database }> = async (app, { config, database }) => {
  app.get('/health', {
    schema: { tags: ['system'], summary: 'Liveness', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }))

  app.get('/ready', {
    schema: {
      tags: ['system'],
      summary: 'Readiness: database reachable and migrations applied',
      response: { 200: Type.Object({ status: Type.Literal('ready'), engine: Type.String() }) },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    try {
      await database.query(sql`SELECT 1`)
      const pending = await pendingMigrations(database)
      if (pending.length > 0) {
        return sendProblem(reply, { status: 503, detail: `Migrations not applied: ${pending.join(', ')}` })
      }
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed')
      reply.header('retry-after', String(RETRY_AFTER_SECONDS))
      return sendProblem(reply, { status: 503, detail: 'Database unreachable.' })
    }
    return { status: 'ready' as const, engine: database.engine }
  })

  app.get('/api/settings', {
    config: PUBLIC_READ,
    schema: { tags: ['system'], summary: 'Instance settings for clients', response: { 200: Settings } },
  }, async (): Promise<Settings> => {
    const { minLon, minLat, maxLon, maxLat } = config.mapBounds
    return {
      site_name: config.siteName,
      map_bounds: [minLon, minLat, maxLon, maxLat],
      map_style_url: config.mapStyleUrl ?? null,
      geocoder: config.geocoderUrl !== undefined,
      legal_notice_url: config.legalNoticeUrl ?? null,
    }
  })
}
