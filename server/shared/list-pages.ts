/**
 * The one envelope of lists that are not places (SPEC section 4):
 * `{items, numberMatched?, links}`, where `links` holds `self` and, only
 * when more remain, `next`. Lists of places are FeatureCollections built the
 * same way (`feature-page.ts`); both take their links from `pageLinks`.
 *
 * A page is read with one row more than its limit: that row, if it comes,
 * says that another page exists, so a `next` link never leads to an empty page.
 */
import { Type, type Static, type TSchema } from 'typebox'
import { encodeCursor } from './cursor.js'

export const Link = Type.Object({
  href: Type.String(),
  rel: Type.String({ description: '`self`, or `next` when more remain' }),
  type: Type.Optional(Type.String()),
})
export type Link = Static<typeof Link>

/** The schema of a list of `item`s. */
export const ItemList = <T extends TSchema>(item: T, description?: string) => Type.Object({
  items: Type.Array(item),
  numberMatched: Type.Optional(Type.Integer({ minimum: 0, description: 'items of every page, when counted' })),
  links: Type.Array(Link),
}, description ? { description } : {})

/** `limit` and `cursor`, the paging parameters of every list. */
export const pageQuery = (defaultLimit: number, maximum: number) => ({
  limit: Type.Integer({ minimum: 1, maximum, default: defaultLimit }),
  cursor: Type.Optional(Type.String({ maxLength: 2000, description: 'opaque, from the `next` link' })),
})

export interface Page<T, K> { items: T[]; next: K | undefined }

/** Cuts rows read with `limit + 1` to a page; `next` is the key of its last item when more remain. */
export function pageOf<T, K>(rows: T[], limit: number, keyOf: (item: T) => K): Page<T, K> {
  const items = rows.slice(0, limit)
  return { items, next: rows.length > limit ? keyOf(items.at(-1)!) : undefined }
}

/**
 * `self` (the request's own path and query, as asked) and, when `next` is
 * given (neither undefined nor null), the same query with its cursor:
 * relative links, never built from the request's Host.
 */
export function pageLinks(path: string, selfUrl: string, query: Record<string, unknown>, next: unknown, type?: string): Link[] {
  const links: Link[] = [{ href: selfUrl, rel: 'self', ...(type ? { type } : {}) }]
  if (next !== undefined && next !== null) {
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries(query)) {
      if (name === 'cursor') continue
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== undefined) params.append(name, String(item))
      }
    }
    params.set('cursor', encodeCursor(next))
    links.push({ href: `${path}?${params}`, rel: 'next', ...(type ? { type } : {}) })
  }
  return links
}

/** The links of a list that always fits in one page: `self` only. */
export const singlePageLinks = (selfUrl: string): Link[] => pageLinks('', selfUrl, {}, undefined)
