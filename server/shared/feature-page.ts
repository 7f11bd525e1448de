/**
 * Keyset-paged lists of places, shared by every GeoJSON list: the page of
 * features is built by PostGIS as JSON text (never parsed in Node), ordered
 * by id; the envelope and its `next` link are added around it. A page is read
 * after an id (forwards) or before one (backwards, for `prev` links); either
 * way its features come in id order. One row more than the page is read, so
 * that `more` says whether another page lies that way: a `next` link never
 * leads to an empty page.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { GEOJSON } from './geojson-schemas.js'
import { pageLinks } from './list-pages.js'

export interface FeaturePage {
  featuresJson: string; returned: number; firstId?: string | undefined; lastId: string | undefined; matched: number
  /** More features lie beyond this page, in the direction it was read. */
  more: boolean
}

export async function selectFeaturePage(query: Database['query'], options: {
  /** The Feature as a json expression over `from`. */
  feature: SQL
  /** The FROM clause (tables and joins) naming the listed table by `alias`. */
  from: SQL
  /** The listed table alone, for counting. */
  table: SQL
  alias: string
  where: SQL
  after: string | undefined
  /** Instead of `after`: the page of the ids just below this one. */
  before?: string | undefined
  limit: number
}): Promise<FeaturePage> {
  const id = sql.raw(`${options.alias}.id`)
  const keyset = options.before ? sql`AND ${id} < ${options.before}::uuid`
    : options.after ? sql`AND ${id} > ${options.after}::uuid` : sql``
  const direction = options.before ? sql`DESC` : sql``
  const [page] = await query<{ features: string; ids: string[] | null; more: boolean }>(sql`
    SELECT coalesce(json_agg(f.feature ORDER BY f.id) FILTER (WHERE f.n <= ${options.limit}), '[]')::text AS features,
      array_agg(f.id::text ORDER BY f.id) FILTER (WHERE f.n <= ${options.limit}) AS ids,
      count(*) > ${options.limit} AS more
    FROM (
      SELECT ${id}, ${options.feature} AS feature, row_number() OVER (ORDER BY ${id} ${direction}) AS n
      FROM ${options.from}
      WHERE ${options.where} ${keyset}
      ORDER BY ${id} ${direction}
      LIMIT ${options.limit + 1}
    ) f`)
  const [count] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${options.table} WHERE ${options.where}`)
  const ids = page?.ids ?? []
  return {
    featuresJson: page?.features ?? '[]', returned: ids.length, firstId: ids[0], lastId: ids.at(-1),
    matched: count?.n ?? 0, more: page?.more ?? false,
  }
}

/** The FeatureCollection text of a page, with `self` and, when more remain, `next` links. */
export function featureCollectionText(path: string, selfUrl: string, query: Record<string, unknown>, page: FeaturePage): string {
  const links = pageLinks(path, selfUrl, query, page.more ? page.lastId : undefined, GEOJSON)
  return `{"type":"FeatureCollection","numberMatched":${page.matched},"numberReturned":${page.returned},` +
    `"links":${JSON.stringify(links)},"features":${page.featuresJson}}`
}
