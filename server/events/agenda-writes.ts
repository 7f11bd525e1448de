/**
 * The agenda's writes wired together — events (propose, change, cancel) and
 * programmes — so that server/app.ts registers them in one line with what
 * they depend on.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Database } from '../../db/client.js'
import type { Config } from '../config.js'
import type { RateLimiter } from '../http/rate-limit.js'
import { createProgrammeRepository } from './programme-repository.js'
import { programmeWriteRoutes } from './programme-routes.js'
import { createProgrammeService } from './programme-service.js'
import type { EventReader } from './service.js'
import { createEventWriteRepository } from './write-repository.js'
import { eventWriteRoutes } from './write-routes.js'
import { createEventWriter } from './write-service.js'

export interface AgendaWriteOptions {
  database: Database
  reader: EventReader
  rateLimiter: RateLimiter
  config: Config
  clock: () => Date
}

export const agendaWriteRoutes: FastifyPluginAsyncTypebox<AgendaWriteOptions> = async (app, { database, reader, rateLimiter, config, clock }) => {
  const writer = createEventWriter({
    events: createEventWriteRepository(database),
    reader,
    rateLimiter,
    limits: { writes: config.rateLimitWrites, windowSeconds: config.rateLimitWindowSeconds },
    now: clock,
  })
  await app.register(eventWriteRoutes, { writer })
  await app.register(programmeWriteRoutes, { programmes: createProgrammeService({ programmes: createProgrammeRepository(database), reader }) })
}
