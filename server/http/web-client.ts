/**
 * Serves the built web client (dist/web) and answers client routes
 * (/carte, /initiatives/…) with its index.html, carrying the title and
 * OpenGraph metadata of the page the path names. Unknown API paths stay 404
 * problem+json.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { sendProblem } from './errors.js'
import { injectPageMeta, type PageMetaReader } from './page-meta.js'

const SERVER_PREFIXES = ['/api/', '/feeds/', '/tiles/', '/ogc', '/embed', '/health', '/ready']

export interface WebClientOptions {
  webDist: string
  pageMeta: PageMetaReader
  /** The configured public address (config.publicUrl), for absolute og:url. */
  publicUrl: string
}

export async function registerWebClient(app: FastifyInstance, { webDist, pageMeta, publicUrl }: WebClientOptions) {
  const indexPath = join(webDist, 'index.html')
  // Read once: the page is small and only changes with a new build (and a restart).
  const indexHtml = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : undefined
  if (indexHtml !== undefined) {
    // `/` too goes to the handler below, to carry the site's metadata.
    await app.register(fastifyStatic, {
      root: webDist, wildcard: false, index: false,
      // The built files are public: the partner widgets load /embed.js, its
      // chunks, MapLibre's worker and the base map from other sites' pages
      // (module scripts and fetches are CORS requests; no credentials).
      setHeaders: (reply: FastifyReply) => {
        reply.header('access-control-allow-origin', '*')
        reply.header('cross-origin-resource-policy', 'cross-origin')
      },
    })
  } else {
    app.log.warn(`no web client in ${webDist}: run npm run build`)
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    const isPage = request.method === 'GET' && indexHtml !== undefined && !SERVER_PREFIXES.some((p) => path.startsWith(p)) &&
      !/\.[a-z0-9]+$/i.test(path)
    if (!isPage) return sendProblem(reply, { status: 404, detail: `No resource at ${path}.`, instance: request.url })
    const meta = await pageMeta.describe(path.replace(/\/+$/, '') || '/', publicUrl)
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(injectPageMeta(indexHtml, meta))
  })
}
