/**
 * The widgets for sites that cannot add a script (some CMS only take an
 * iframe): GET /embed/map gives a page holding `<archipel-map>`, with the
 * widget's attributes taken from the query string (SPEC §6). These pages,
 * and only these, may be framed by any site (`frame-ancestors *`); the rest
 * of the site keeps `frame-ancestors 'self'` (security-headers.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type Static } from 'typebox'
import { escapeHtml } from '../http/page-meta.js'
import { Line } from '../shared/text-schemas.js'

/** The page's own policy: the site's, but framable by anyone. */
const FRAMABLE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "worker-src 'self' blob:", "child-src 'self' blob:",
  "object-src 'none'", "base-uri 'self'", "form-action 'self'", 'frame-ancestors *',
].join('; ')

const SLUGS = '^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$'
const TERRITORIES = '^[a-z]+:[0-9A-Za-z]+(,[a-z]+:[0-9A-Za-z]+)*$'
const NUMBER = '-?[0-9]{1,3}(\\.[0-9]{1,7})?'

export const EmbedMapQuery = Type.Object({
  category: Type.Optional(Type.String({ maxLength: 600, pattern: SLUGS, description: 'category slugs, comma-separated' })),
  territory: Type.Optional(Type.String({ maxLength: 600, pattern: TERRITORIES, description: 'territories written type:code, comma-separated' })),
  q: Type.Optional(Line({ maxLength: 200 })),
  bbox: Type.Optional(Type.String({ pattern: `^${NUMBER}(,${NUMBER}){3}$`, description: 'minLon,minLat,maxLon,maxLat' })),
  view: Type.Optional(Type.Union([Type.Literal('map'), Type.Literal('list'), Type.Literal('map list')])),
  lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
}, { additionalProperties: false })
export type EmbedMapQuery = Static<typeof EmbedMapQuery>

export const embedRoutes: FastifyPluginAsyncTypebox<{ siteName: string }> = async (app, { siteName }) => {
  app.get('/embed/map', {
    schema: {
      tags: ['embedding'],
      summary: 'A page holding the map widget, to put in an iframe; its query string gives the widget\'s attributes',
      querystring: EmbedMapQuery,
      produces: ['text/html'],
    },
  }, async (request, reply) => {
    reply.header('content-security-policy', FRAMABLE_CSP).removeHeader('x-frame-options')
    return reply.type('text/html; charset=utf-8').send(embedPage(siteName, request.query))
  })
}

/** The page: the widget filling the frame, every attribute escaped as HTML attribute text. */
export function embedPage(siteName: string, query: EmbedMapQuery): string {
  const lang = query.lang ?? 'fr'
  const attributes = Object.entries({ ...query, lang, height: 'calc(100vh - 2.5em)' })
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`).join('')
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(lang === 'en' ? `Map — ${siteName}` : `Carte — ${siteName}`)}</title>
  <style>html, body { margin: 0 } archipel-map { border: 0; border-radius: 0 }</style>
  <script type="module" src="/embed.js"></script>
</head>
<body>
  <archipel-map${attributes}></archipel-map>
</body>
</html>
`
}
