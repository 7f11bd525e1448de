/**
 * The security headers of a public site (OWASP ASVS 14.4), on every answer,
 * through @fastify/helmet rather than by hand: it knows each header's syntax
 * and keeps up with browsers.
 *
 * - The Content Security Policy lets the page run only its own scripts; the
 *   map needs `blob:` workers and `data:`/`blob:` images (MapLibre); a base
 *   map of another host (MAP_STYLE_URL) needs its tiles, glyphs and sprites,
 *   so that setting opens `https:` to images and connections. Styles may be
 *   inline (the page's first paint and Lit's components write some).
 * - Framing only by the site itself (`frame-ancestors 'self'`, and
 *   X-Frame-Options for old browsers): a page of live moderation buttons is
 *   never shown inside another site. Widget routes will opt in.
 * - HSTS only when the public address is https: sent over plain http it
 *   would be meaningless, and wrong on a local test instance.
 * - Public reads (CORS `*`, public-reads.ts) are also embeddable by other
 *   sites (Cross-Origin-Resource-Policy: cross-origin); the rest stays same-site.
 * - The API documentation page (/api/docs) sets its own policy, with the
 *   hashes of its inline scripts (@fastify/swagger-ui `staticCSP`).
 */
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/** Features the site uses: geolocation, to place a point from the phone. Everything else is off. */
const PERMISSIONS_POLICY = 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()'

export async function registerSecurityHeaders(app: FastifyInstance, options: { publicUrl: string; mapStyleUrl: string | undefined }) {
  const https = options.publicUrl.startsWith('https:')
  const remoteMap = options.mapStyleUrl === undefined ? [] : ['https:']
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...remoteMap],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...remoteMap],
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'sameorigin' },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  })
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY)
    if (request.routeOptions.config.public === true) reply.header('cross-origin-resource-policy', 'cross-origin')
    return payload
  })
}
