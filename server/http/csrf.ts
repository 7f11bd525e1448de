/**
 * CSRF defence for writes: the session cookie is SameSite=Lax, and every
 * non-safe request must come from this site, as the browser tells through
 * `Sec-Fetch-Site`, or failing that `Origin`. Requests with neither (curl,
 * server-to-server, but also an old browser posting a form) pass that check,
 * so bodies are JSON only: a cross-site form can send text/plain, urlencoded
 * or multipart bodies, never `application/json` (that needs a CORS preflight,
 * which this site never grants for writes), and any other media type is
 * refused with 415 before the route runs, even on writes that take no body.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Forbidden } from '../shared/errors.js'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function isCrossSite(request: FastifyRequest, publicUrl: string | undefined): boolean {
  const site = request.headers['sec-fetch-site']
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none'
  const origin = request.headers.origin
  if (typeof origin !== 'string') return false
  try {
    const from = new URL(origin)
    if (publicUrl !== undefined) return from.origin !== new URL(publicUrl).origin
    return from.host !== request.host
  } catch {
    return true
  }
}

export function registerCsrfCheck(app: FastifyInstance, publicUrl: string | undefined) {
  app.removeContentTypeParser('text/plain')
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return
    if (isCrossSite(request, publicUrl)) throw new Forbidden('Cross-site requests may not change anything.')
  })
}
