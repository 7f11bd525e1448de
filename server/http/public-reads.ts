/**
 * The one CORS policy: a route that any site may read declares itself
 * public (`config: { public: true }`), and this hook gives its GET and HEAD
 * answers — errors included — `Access-Control-Allow-Origin: *`, never with
 * credentials. Writes stay same-origin (see csrf.ts).
 */
import type { FastifyInstance } from 'fastify'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Readable from any origin: widgets, partner sites, GIS and calendar clients. */
    public?: boolean
  }
}

/** The route option that makes a read public. */
export const PUBLIC_READ = { public: true } as const

export function registerPublicReads(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.public === true && (request.method === 'GET' || request.method === 'HEAD')) {
      reply.header('access-control-allow-origin', '*')
    }
  })
}
