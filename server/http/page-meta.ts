/**
 * Title, description and OpenGraph/Twitter metadata of the page a path names,
 * written into the served index.html, so that a shared link (an initiative,
 * an event, a room, a programme) shows what it points to: link previews read
 * the HTML and run no JavaScript.
 *
 * Only published things are described; anything else gets the site's own
 * metadata. Every value is user text: it is escaped as HTML attribute text.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'

export interface PageMeta {
  title: string
  description: string
  /** Absolute URL of the page. */
  url: string
  type: 'website' | 'article'
}

/** Previews show about this much; the rest of a long description is cut at a word. */
const DESCRIPTION_LENGTH = 200
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const DEFAULT_DESCRIPTION =
  'Carte contributive des initiatives de l\u2019économie sociale et solidaire, agenda citoyen et salles prêtées entre organisations.'

/** One small read per described page: the name and description of a published thing. */
const readers: { pattern: RegExp; valid: (key: string) => boolean; read: (key: string) => SQL }[] = [
  {
    pattern: /^\/initiatives\/([^/]+)$/,
    valid: (key) => UUID.test(key),
    read: (key) => sql`SELECT name AS title, description FROM initiatives WHERE id = ${key} AND status = 'published'`,
  },
  {
    pattern: /^\/evenements\/([^/]+)$/,
    valid: (key) => UUID.test(key),
    read: (key) => sql`SELECT title, description FROM events WHERE id = ${key} AND status IN ('published', 'cancelled')`,
  },
  {
    pattern: /^\/salles\/([^/]+)$/,
    valid: (key) => UUID.test(key),
    read: (key) => sql`SELECT name AS title, description FROM rooms WHERE id = ${key} AND status = 'published'`,
  },
  {
    pattern: /^\/programmes\/([^/]+)$/,
    valid: (key) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(key),
    read: (key) => sql`SELECT title, description FROM programmes WHERE slug = ${key}`,
  },
]

export interface PageMetaOptions {
  database: Pick<Database, 'query'>
  siteName: string
}

export function createPageMeta({ database, siteName }: PageMetaOptions) {
  return {
    /** Metadata of the page at `path` (no query string); `origin` makes the URL absolute. */
    async describe(path: string, origin: string): Promise<PageMeta> {
      const fallback: PageMeta = { title: siteName, description: DEFAULT_DESCRIPTION, url: origin + path, type: 'website' }
      for (const reader of readers) {
        const match = reader.pattern.exec(path)
        if (!match) continue
        const key = safeDecode(match[1]!)
        if (key === undefined || !reader.valid(key)) return fallback
        const [row] = await database.query<{ title: string; description: string }>(reader.read(key))
        if (!row) return fallback
        return {
          title: `${row.title} — ${siteName}`,
          description: summarise(row.description) || fallback.description,
          url: fallback.url,
          type: 'article',
        }
      }
      return fallback
    },
  }
}

export type PageMetaReader = ReturnType<typeof createPageMeta>

/** index.html with its title and description replaced and the OpenGraph/Twitter tags added. */
export function injectPageMeta(indexHtml: string, meta: PageMeta): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    metaTag('name', 'description', meta.description),
    metaTag('property', 'og:title', meta.title),
    metaTag('property', 'og:description', meta.description),
    metaTag('property', 'og:url', meta.url),
    metaTag('property', 'og:type', meta.type),
    metaTag('name', 'twitter:card', 'summary'),
  ].join('\n    ')
  // The source page's own title and description are replaced, not repeated.
  const stripped = indexHtml
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta name="description"[^>]*>\s*/i, '')
  // A function replacement: `$` in user text is not a replacement pattern.
  return stripped.replace(/<meta charset="utf-8">/i, (charset) => `${charset}\n    ${tags}`)
}

function metaTag(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The first words of a description, on one line. */
function summarise(description: string): string {
  const oneLine = description.replace(/\s+/g, ' ').trim()
  if (oneLine.length <= DESCRIPTION_LENGTH) return oneLine
  const cut = oneLine.slice(0, DESCRIPTION_LENGTH)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : DESCRIPTION_LENGTH)}…`
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}
