/**
 * Title, description and OpenGraph/Twitter metadata of the page a path names,
 * written into the served index.html, so that a shared link (an initiative,
 * an event, a room, a programme) shows what it points to: link previews read
 * the HTML and run no JavaScript.
 *
 * Only published things are described; anything else gets the site's own
 * metadata. Every value is user text: it is escaped as HTML attribute text.
 */
import { routePaths } from '../../web/page-paths.js'

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
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

const DEFAULT_DESCRIPTION =
  'Carte contributive des initiatives de l\u2019économie sociale et solidaire, agenda citoyen et salles prêtées entre organisations.'

/** What a link preview shows of a thing; undefined when it is not public. */
export type PreviewReader = (key: string) => Promise<{ title: string; description: string } | undefined>

/** The domains' readers of what their pages show (only what is public). */
export interface PagePreviews {
  initiative: PreviewReader
  event: PreviewReader
  room: PreviewReader
  programme: PreviewReader
}

export interface PageMetaOptions {
  previews: PagePreviews
  siteName: string
}

export function createPageMeta({ previews, siteName }: PageMetaOptions) {
  // The described pages, by the site's own paths (web/page-paths.ts), and the keys that can name something.
  const pages = (['initiative', 'event', 'room', 'programme'] as const).map((page) => ({
    prefix: routePaths[page](''),
    valid: (key: string) => (page === 'programme' ? SLUG : UUID).test(key),
    read: previews[page],
  }))

  return {
    /** Metadata of the page at `path` (no query string); `origin` makes the URL absolute. */
    async describe(path: string, origin: string): Promise<PageMeta> {
      const fallback: PageMeta = { title: siteName, description: DEFAULT_DESCRIPTION, url: origin + path, type: 'website' }
      const page = pages.find(({ prefix }) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      if (!page) return fallback
      const key = safeDecode(path.slice(page.prefix.length))
      if (key === undefined || !page.valid(key)) return fallback
      const found = await page.read(key)
      if (!found) return fallback
      return {
        title: `${found.title} — ${siteName}`,
        description: summarise(found.description) || fallback.description,
        url: fallback.url,
        type: 'article',
      }
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
