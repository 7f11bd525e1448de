/**
 * Serves the built web client (dist/web) and answers client routes
 * (/carte, /agenda/…) with its index.html. Unknown API paths stay 404
 * problem+json.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { sendProblem } from './errors.js'

const SERVER_PREFIXES = ['/api/', '/feeds/', '/tiles/', '/ogc', '/embed', '/health', '/ready']

export async function registerWebClient(app: FastifyInstance, webDist: string) {
  const hasClient = existsSync(join(webDist, 'index.html'))
  if (hasClient) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] })
  } else {
    app.log.warn(`no web client in ${webDist}: run npm run build`)
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    const isPage = request.method === 'GET' && hasClient && !SERVER_PREFIXES.some((p) => path.startsWith(p)) &&
      !/\.[a-z0-9]+$/i.test(path)
    if (isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html')
    return sendProblem(reply, { status: 404, detail: `No resource at ${path}.`, instance: request.url })
  })
}
