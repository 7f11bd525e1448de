/**
 * The widgets for sites that cannot add a script (some CMS only take an
 * iframe): GET /embed/map, /embed/agenda and /embed/rooms give a page
 * holding `<archipel-map>`, `<archipel-agenda>` or `<archipel-rooms>`, with
 * the widget's attributes taken from the query string (SPEC §6). These pages,
 * and only these, may be framed by any site (`frame-ancestors *`); the rest
 * of the site keeps `frame-ancestors 'self'` (security-headers.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type Static } from 'typebox'
import { LEGAL_FORMS } from '../../db/schema/initiatives.js'
import { escapeHtml } from '../http/page-meta.js'
import { Line } from '../shared/text-schemas.js'

/** The page's own policy: the site's, but framable by anyone. */
const FRAMABLE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "worker-src 'self' blob:", "child-src 'self' blob:",
  "object-src 'none'", "base-uri 'self'", "form-action 'self'", 'frame-ancestors *',
].join('; ')

const SLUGS = '^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$'
const KINDS = '^[a-z]+(_[a-z]+)*(,[a-z]+(_[a-z]+)*)*$'
const TERRITORIES = '^[a-z]+:[0-9A-Za-z]+(,[a-z]+:[0-9A-Za-z]+)*$'
const FORM = `(${LEGAL_FORMS.join('|')})`
const NUMBER = '-?[0-9]{1,3}(\\.[0-9]{1,7})?'

const Territory = Type.String({ maxLength: 600, pattern: TERRITORIES, description: 'territories written type:code, comma-separated' })
const Bbox = Type.String({ pattern: `^${NUMBER}(,${NUMBER}){3}$`, description: 'minLon,minLat,maxLon,maxLat' })
const Center = Type.String({ pattern: `^${NUMBER},${NUMBER}$`, description: 'lon,lat: the point shown first, instead of bbox' })
const Zoom = Type.String({ pattern: '^[0-9]{1,2}(\\.[0-9]{1,3})?$', description: 'zoom level with center (default 13, a town)' })
const Lang = Type.Union([Type.Literal('fr'), Type.Literal('en')])
const Yes = Type.Union([Type.Literal('true'), Type.Literal('false')])
const MapView = Type.Union([Type.Literal('map'), Type.Literal('list'), Type.Literal('map list')])

export const EmbedMapQuery = Type.Object({
  category: Type.Optional(Type.String({ maxLength: 600, pattern: SLUGS, description: 'category slugs, comma-separated' })),
  territory: Type.Optional(Territory),
  q: Type.Optional(Line({ maxLength: 200 })),
  legal_form: Type.Optional(Type.String({ maxLength: 300, pattern: `^${FORM}(,${FORM})*$`, description: 'legal forms, comma-separated' })),
  bbox: Type.Optional(Bbox),
  center: Type.Optional(Center),
  zoom: Type.Optional(Zoom),
  view: Type.Optional(MapView),
  lang: Type.Optional(Lang),
}, { additionalProperties: false })

export const EmbedAgendaQuery = Type.Object({
  kind: Type.Optional(Type.String({ maxLength: 300, pattern: KINDS, description: 'event kinds, comma-separated' })),
  category: Type.Optional(Type.String({ maxLength: 600, pattern: SLUGS, description: 'category slugs, comma-separated' })),
  programme: Type.Optional(Type.String({ maxLength: 600, pattern: SLUGS, description: 'programme slugs, comma-separated' })),
  territory: Type.Optional(Territory),
  q: Type.Optional(Line({ maxLength: 200 })),
  view: Type.Optional(Type.Union([Type.Literal('list'), Type.Literal('month')])),
  limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$', description: 'dates shown in the list (1–999)' })),
  lang: Type.Optional(Lang),
}, { additionalProperties: false })

export const EmbedRoomsQuery = Type.Object({
  territory: Type.Optional(Territory),
  capacity_min: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,4}$', description: 'people the room holds at least' })),
  equipment: Type.Optional(Type.String({ maxLength: 300, pattern: SLUGS, description: 'equipment, comma-separated' })),
  step_free: Type.Optional(Yes),
  free: Type.Optional(Yes),
  bbox: Type.Optional(Bbox),
  center: Type.Optional(Center),
  zoom: Type.Optional(Zoom),
  view: Type.Optional(MapView),
  lang: Type.Optional(Lang),
}, { additionalProperties: false })

type EmbedQuery = Static<typeof EmbedMapQuery> | Static<typeof EmbedAgendaQuery> | Static<typeof EmbedRoomsQuery>

/** Each iframe page: its widget, its query string, its title in both languages, and what it shows below its height (links, credit). */
const widgets = [
  { path: '/embed/map', element: 'archipel-map', query: EmbedMapQuery, title: { fr: 'Carte', en: 'Map' }, below: '2.5em' },
  { path: '/embed/agenda', element: 'archipel-agenda', query: EmbedAgendaQuery, title: { fr: 'Agenda', en: 'Agenda' }, below: '5em' },
  { path: '/embed/rooms', element: 'archipel-rooms', query: EmbedRoomsQuery, title: { fr: 'Salles', en: 'Rooms' }, below: '2.5em' },
] as const

export const embedRoutes: FastifyPluginAsyncTypebox<{ siteName: string }> = async (app, { siteName }) => {
  for (const widget of widgets) {
    app.get(widget.path, {
      schema: {
        tags: ['embedding'],
        summary: `A page holding <${widget.element}>, to put in an iframe; its query string gives the widget's attributes`,
        querystring: widget.query,
        produces: ['text/html'],
      },
    }, async (request, reply) => {
      reply.header('content-security-policy', FRAMABLE_CSP).removeHeader('x-frame-options')
      return reply.type('text/html; charset=utf-8').send(embedPage(siteName, widget, request.query as EmbedQuery))
    })
  }
}

/** The page: the widget filling the frame, every attribute escaped as HTML attribute text. */
function embedPage(siteName: string, widget: (typeof widgets)[number], query: EmbedQuery): string {
  const lang = query.lang ?? 'fr'
  const attributes = Object.entries({ ...query, lang, height: `calc(100vh - ${widget.below})` })
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`).join('')
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(`${widget.title[lang]} — ${siteName}`)}</title>
  <style>html, body { margin: 0 } ${widget.element} { border: 0; border-radius: 0 }</style>
  <script type="module" src="/embed.js"></script>
</head>
<body>
  <${widget.element}${attributes}></${widget.element}>
</body>
</html>
`
}
