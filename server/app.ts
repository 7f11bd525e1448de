/**
 * buildApp: the one place where the server is wired, in order —
 * infrastructure, errors, documentation, then each domain, then the web
 * client. Reading this file shows the whole server.
 */
import compress from '@fastify/compress'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Capabilities, Database } from '../db/client.js'
import { categoryRoutes } from './categories/routes.js'
import { createCategoryRepository } from './categories/repository.js'
import type { Config } from './config.js'
import { authRoutes } from './accounts/auth-routes.js'
import { accountAdminRoutes } from './accounts/admin-routes.js'
import { createAccountService } from './accounts/service.js'
import { createAccountAdminRepository } from './accounts/admin-repository.js'
import { passwordResetRoutes } from './accounts/password-reset-routes.js'
import { privacyRoutes } from './privacy/routes.js'
import { createAccountRepository } from './accounts/repository.js'
import { createSessionService } from './accounts/sessions.js'
import { registerAuth } from './http/auth.js'
import { registerCsrfCheck } from './http/csrf.js'
import { registerErrorHandling } from './http/errors.js'
import { clientErrorHandler, frameworkErrors } from './http/framework-errors.js'
import { registerInputGuard } from './http/input-guard.js'
import { schemaController } from './http/validators.js'
import { closeConnectionsWhileClosing } from './http/graceful-close.js'
import { registerPersonalAnswers } from './http/personal-answers.js'
import { registerPublicReads } from './http/public-reads.js'
import { registerSecurityHeaders } from './http/security-headers.js'
import { createRateLimiter } from './http/rate-limit.js'
import { registerOpenApi } from './http/openapi.js'
import { registerWebClient } from './http/web-client.js'
import { createPageMeta } from './http/page-meta.js'
import { createMailer } from './mail/mailer.js'
import { createGeocoder } from './geocoder/client.js'
import { geocoderRoutes } from './geocoder/routes.js'
import { createInitiativeRepository } from './initiatives/repository.js'
import { initiativeExportRoutes } from './initiatives/export-routes.js'
import { initiativeRoutes } from './initiatives/routes.js'
import { createInitiativeReader } from './initiatives/service.js'
import { createStatsRepository } from './stats/repository.js'
import { statsRoutes } from './stats/routes.js'
import { roomFeedRoutes } from './feeds/rooms-routes.js'
import { eventFeedRoutes } from './feeds/events-routes.js'
import { createEventRepository } from './events/repository.js'
import { eventRoutes } from './events/routes.js'
import { createEventReader } from './events/service.js'
import { createProgrammeRepository } from './events/programme-repository.js'
import { programmeWriteRoutes } from './events/programme-routes.js'
import { createProgrammeService } from './events/programme-service.js'
import { createEventWriteRepository } from './events/write-repository.js'
import { eventWriteRoutes } from './events/write-routes.js'
import { createEventWriter } from './events/write-service.js'
import { createRoomRepository } from './rooms/repository.js'
import { roomRoutes } from './rooms/routes.js'
import { createRoomReader } from './rooms/service.js'
import { createRoomWriteRepository } from './rooms/write-repository.js'
import { roomWriteRoutes } from './rooms/write-routes.js'
import { createRoomWriteService } from './rooms/write-service.js'
import { createLoanNotifications } from './loans/notifications.js'
import { createLoanRepository } from './loans/repository.js'
import { loanRoutes } from './loans/routes.js'
import { createLoanService } from './loans/service.js'
import { systemRoutes } from './system/routes.js'
import { createTerritoryRepository } from './territories/repository.js'
import { territoryRoutes } from './territories/routes.js'
import { categoryWriteRoutes } from './categories/write-routes.js'
import { createDuplicateFinder } from './initiatives/duplicates.js'
import { createProposalRepository } from './initiatives/write-repository.js'
import { createProposalService } from './initiatives/write-service.js'
import { initiativeWriteRoutes } from './initiatives/write-routes.js'
import { createDecisionRepository } from './moderation/decision-repository.js'
import { createQueueRepository } from './moderation/queue-repository.js'
import { moderationRoutes } from './moderation/routes.js'
import { createCollectionReaders } from './ogc/catalogue.js'
import { createOgcRepository } from './ogc/repository.js'
import { ogcRoutes } from './ogc/routes.js'
import { embedRoutes } from './embed/routes.js'
import { createOgcService } from './ogc/service.js'
import { createModerationService } from './moderation/service.js'

export interface AppDependencies {
  database: Database
  capabilities: Capabilities
  /** The time, for every rule that depends on it; tests pass a fake clock. */
  clock?: () => Date
}

/** Bodies larger than this are refused with 413. */
const BODY_LIMIT = 1024 * 1024
/** Longer than any statement may run (db/client.ts), shorter than a client waits. */
const REQUEST_DEADLINE_MS = 30_000

export async function buildApp(config: Config, { database, clock = () => new Date() }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    // A hop count is given as the function Fastify builds from it (its types omit numbers).
    trustProxy: typeof config.trustProxy === 'number' ? hopsOf(config.trustProxy) : config.trustProxy,
    bodyLimit: BODY_LIMIT,
    // A request's deadline: past it, the answer is 503 (errors.ts), whatever
    // the database or anything else is doing.
    handlerTimeout: REQUEST_DEADLINE_MS,
    // Requests in flight finish on close (graceful shutdown); idle keep-alive sockets close.
    forceCloseConnections: 'idle',
    // Bodies are checked without coercion, query strings and paths with it (validators.ts).
    schemaController,
    // Fastify's and Node's own refusals answer in the API's error shape.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>()

  // Infrastructure
  registerErrorHandling(app)
  registerInputGuard(app)
  closeConnectionsWhileClosing(app)
  registerPublicReads(app)
  await app.register(compress, { global: true, threshold: 1024 })
  await registerSecurityHeaders(app, { publicUrl: config.publicUrl, mapStyleUrl: config.mapStyleUrl })
  await registerOpenApi(app, config.siteName)
  registerCsrfCheck(app, config.publicUrlConfigured ? config.publicUrl : undefined)
  const sessions = createSessionService({ accounts: createAccountRepository(database), clock })
  await registerAuth(app, sessions)
  registerPersonalAnswers(app)
  const rateLimiter = createRateLimiter(database, clock)
  const mailer = createMailer({ smtpUrl: config.smtpUrl, siteName: config.siteName, publicUrl: config.publicUrl, log: app.log })
  app.addHook('onClose', async () => mailer.close())

  // Domains
  await app.register(systemRoutes, { config, database })
  await app.register(authRoutes, { sessions, rateLimiter, config })
  const accounts = createAccountService({
    accounts: createAccountAdminRepository(database), mailer, siteName: config.siteName, clock,
  })
  await app.register(passwordResetRoutes, { accounts, rateLimiter, config })
  await app.register(accountAdminRoutes, { accounts, config })
  await app.register(privacyRoutes, { config })
  await app.register(categoryRoutes, { categories: createCategoryRepository(database) })
  await app.register(territoryRoutes, { territories: createTerritoryRepository(database) })
  const geocoder = config.geocoderUrl ? createGeocoder(config.geocoderUrl) : undefined
  await app.register(geocoderRoutes, { geocoder, rateLimiter })
  const initiatives = createInitiativeRepository(database)
  await app.register(initiativeRoutes, { initiatives: createInitiativeReader({ initiatives }) })
  await app.register(initiativeExportRoutes, { initiatives, siteName: config.siteName })
  // Proposals, changes, reports and their moderation (with proposed events)
  const proposals = createProposalService({
    proposals: createProposalRepository(database), findDuplicates: createDuplicateFinder(database),
    findFeature: initiatives.findFeature,
  })
  await app.register(initiativeWriteRoutes, { proposals, rateLimiter, config })
  const moderation = createModerationService({
    queue: createQueueRepository(database), decisions: createDecisionRepository(database), mailer, siteName: config.siteName, clock,
  })
  await app.register(moderationRoutes, { moderation, publicUrl: config.publicUrl })
  await app.register(categoryWriteRoutes, { categories: createCategoryRepository(database) })
  await app.register(statsRoutes, { stats: createStatsRepository(database) })
  const rooms = createRoomRepository(database)
  await app.register(roomRoutes, { rooms: createRoomReader({ rooms, clock }) })
  await app.register(roomFeedRoutes, { rooms, publicUrl: config.publicUrl, clock })
  await app.register(roomWriteRoutes, { roomWrites: createRoomWriteService({ rooms, writes: createRoomWriteRepository(database) }) })
  const loanRepository = createLoanRepository(database)
  const loanNotifications = createLoanNotifications({ mailer, loans: loanRepository, siteName: config.siteName, log: app.log })
  const loans = createLoanService({ loans: loanRepository, clock, notifications: loanNotifications })
  await app.register(loanRoutes, { loans, rateLimiter, config })
  const events = createEventRepository(database)
  const eventReader = createEventReader({ events, now: clock })
  await app.register(eventRoutes, { reader: eventReader })
  await app.register(eventFeedRoutes, { reader: eventReader, config })
  const eventWriter = createEventWriter({
    events: createEventWriteRepository(database),
    reader: eventReader,
    now: clock,
  })
  await app.register(eventWriteRoutes, { writer: eventWriter, rateLimiter, config })
  const programmes = createProgrammeRepository(database)
  await app.register(programmeWriteRoutes, {
    programmes: createProgrammeService({ programmes, reader: eventReader }),
  })

  // OGC API – Features: the same published data as standard layers for GIS tools
  const ogc = createOgcService({
    readers: createCollectionReaders({
      initiatives, rooms, events, eventReader,
    }),
    repository: createOgcRepository(database),
    baseUrl: config.publicUrl,
    siteName: config.siteName,
    clock,
  })
  await app.register(ogcRoutes, { ogc })
  await app.register(embedRoutes, { siteName: config.siteName })

  // The web client, and 404 for everything else
  const pageMeta = createPageMeta({
    siteName: config.siteName,
    previews: {
      initiative: initiatives.preview, room: rooms.preview, event: events.preview, programme: programmes.find,
    },
  })
  await registerWebClient(app, { webDist: config.webDist, pageMeta, publicUrl: config.publicUrl })
  return app
}

const hopsOf = (hops: number) => (_address: string, hop: number) => hop < hops
