/**
 * Reading initiatives. GeoJSON is built by PostGIS (`json_build_object`,
 * `json_agg`) and travels as text: no parse/serialise round trip in Node.
 * Private contact fields are left out unless marked public, or unless a
 * moderator reads one initiative.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { selectFeaturePage, type FeaturePage } from '../shared/feature-page.js'
import { textArray } from '../shared/sql.js'
import { parisTimeSql } from '../shared/paris-time.js'
import type { InitiativeFilter } from './list-filter.js'

/** Where a page starts: after this id, or, for a ranked search, after this rank and id. */
export interface ListPosition { id: string; rank?: number }

/** The FROM clause the features below read: `i` the initiative, `c` its commune. */
export const INITIATIVE_FROM = sql`initiatives i LEFT JOIN territories c ON c.id = 'commune:' || i.commune`

function featureOf(contact: SQL): SQL {
  return sql`json_build_object(
  'type', 'Feature',
  'id', i.id,
  'geometry', ST_AsGeoJSON(i.location, 7)::json,
  'properties', json_build_object(
    'name', i.name,
    'description', i.description,
    'categories', i.categories,
    'legal_form', i.legal_form,
    'address', i.address,
    'commune', i.commune,
    'commune_name', c.name,
    'epci', (SELECT substr(p, 6) FROM unnest(c.parents) p WHERE p LIKE 'epci:%' LIMIT 1),
    'departement', (SELECT substr(p, 13) FROM unnest(c.parents) p WHERE p LIKE 'departement:%' LIMIT 1),
    'region', (SELECT substr(p, 8) FROM unnest(c.parents) p WHERE p LIKE 'region:%' LIMIT 1),
    'website', i.website,
    ${contact},
    'status', i.status,
    'created_at', ${parisTimeSql(sql`i.created_at`)},
    'updated_at', ${parisTimeSql(sql`i.updated_at`)},
    'source', i.source))`
}

/** An initiative as a GeoJSON Feature (json) for anyone, over INITIATIVE_FROM. */
export const publicFeature = featureOf(sql`'email', CASE WHEN i.email_public THEN i.email END,
    'phone', CASE WHEN i.phone_public THEN i.phone END`)

/** The same for a moderator: private contact fields and their public flags included. */
export const moderatorFeature = featureOf(sql`'email', i.email, 'phone', i.phone,
    'email_public', i.email_public, 'phone_public', i.phone_public`)

function conditions(filter: InitiativeFilter): SQL {
  const parts: SQL[] = [sql`i.status = 'published'`]
  if (filter.categories?.length) parts.push(sql`i.categories && ${textArray(filter.categories)}`)
  if (filter.legalForms?.length) parts.push(sql`i.legal_form = ANY(${textArray(filter.legalForms)})`)
  if (filter.territories?.length) parts.push(sql`i.territories && ${textArray(filter.territories)}`)
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox
    parts.push(sql`i.location && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`)
  }
  if (filter.tsquery) parts.push(sql`i.search @@ to_tsquery('archipel_search', ${filter.tsquery})`)
  return sql.join(parts, sql` AND `)
}

/**
 * The relevance of a search, as an integer so that a cursor carries it back
 * exactly (a float4 rank would not survive the trip through JSON on both engines).
 */
const rankOf = (tsquery: string) => sql`(ts_rank(i.search, to_tsquery('archipel_search', ${tsquery})) * 100000)::int`

export interface HistoryRow {
  id: string; kind: string; created_at: string; decided_at: string | null
  before: Record<string, unknown> | null; after: Record<string, unknown>; display_name: string | null
}

export function createInitiativeRepository({ query }: Database) {
  /** A page ordered by relevance, then id; `lastId` is the `rank:id` position of its last feature. */
  async function rankedPage(filter: InitiativeFilter & { tsquery: string }, limit: number, after?: ListPosition): Promise<FeaturePage> {
    const rank = rankOf(filter.tsquery)
    const keyset = after ? sql`AND (${rank} < ${after.rank ?? 0} OR (${rank} = ${after.rank ?? 0} AND i.id > ${after.id}::uuid))` : sql``
    // One row more than the page, to know whether another follows (as selectFeaturePage).
    const [page] = await query<{ features: string; keys: string[] | null; more: boolean }>(sql`
      SELECT coalesce(json_agg(f.feature ORDER BY f.rank DESC, f.id) FILTER (WHERE f.n <= ${limit}), '[]')::text AS features,
        array_agg(f.rank || ':' || f.id ORDER BY f.rank DESC, f.id) FILTER (WHERE f.n <= ${limit}) AS keys,
        count(*) > ${limit} AS more
      FROM (
        SELECT i.id, ${rank} AS rank, ${publicFeature} AS feature, row_number() OVER (ORDER BY ${rank} DESC, i.id) AS n
        FROM ${INITIATIVE_FROM}
        WHERE ${conditions(filter)} ${keyset}
        ORDER BY rank DESC, i.id
        LIMIT ${limit + 1}
      ) f`)
    const keys = page?.keys ?? []
    return {
      featuresJson: page?.features ?? '[]', returned: keys.length, lastId: keys.at(-1), matched: await count(filter), more: page?.more ?? false,
    }
  }

  function pageById(filter: InitiativeFilter, limit: number, keyset: { after?: string; before?: string }): Promise<FeaturePage> {
    return selectFeaturePage(query, {
      feature: publicFeature, from: INITIATIVE_FROM, table: sql`initiatives i`, alias: 'i',
      where: conditions(filter), after: keyset.after, before: keyset.before, limit,
    })
  }

  async function count(filter: InitiativeFilter): Promise<number> {
    const [row] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM initiatives i WHERE ${conditions(filter)}`)
    return row?.n ?? 0
  }

  return {
    /** A published initiative's name and description, for the preview of a shared link to its page. */
    async preview(id: string): Promise<{ title: string; description: string } | undefined> {
      const [row] = await query<{ title: string; description: string }>(sql`
        SELECT name AS title, description FROM initiatives WHERE id = ${id}::uuid AND status = 'published'`)
      return row
    },

    /** One page of published initiatives (features as a JSON array text) and how many match in all. */
    listPublished(filter: InitiativeFilter, limit: number, after?: ListPosition): Promise<FeaturePage> {
      if (filter.tsquery) return rankedPage({ ...filter, tsquery: filter.tsquery }, limit, after)
      return pageById(filter, limit, { after: after?.id })
    },

    /** One page of published initiatives in id order even when searched (the OGC API pages both ways by id). */
    pageById,

    count,

    /**
     * Published initiatives after `afterId` in id order, each as Feature text: the batches of the exports.
     * The batch is chosen before the join, so each one reads its own rows only
     * (measured over 100,000 rows on PostgreSQL: 0.15 s a batch instead of 2 s when joining first).
     */
    exportBatch(filter: InitiativeFilter, afterId: string | undefined, size: number) {
      const keyset = afterId ? sql`AND i.id > ${afterId}::uuid` : sql``
      return query<{ id: string; feature: string }>(sql`
        SELECT i.id::text AS id, (${publicFeature})::text AS feature
        FROM (SELECT * FROM initiatives i WHERE ${conditions(filter)} ${keyset} ORDER BY i.id LIMIT ${size}) i
          LEFT JOIN territories c ON c.id = 'commune:' || i.commune
        ORDER BY i.id`)
    },

    /** Which of the filter's categories and territories exist. */
    async knownNames({ categories = [], territories = [] }: InitiativeFilter) {
      const keys = async (statement: SQL, wanted: string[]) => new Set(wanted.length === 0 ? []
        : (await query<{ key: string }>(statement)).map(({ key }) => key))
      return {
        categories: await keys(sql`SELECT slug AS key FROM categories WHERE slug = ANY(${textArray(categories)})`, categories),
        territories: await keys(sql`SELECT id AS key FROM territories WHERE id = ANY(${textArray(territories)})`, territories),
      }
    },

    /** One initiative as Feature text: published only for the public; any status, private fields included, for a moderator. */
    async findFeature(id: string, asModerator: boolean): Promise<string | undefined> {
      const [row] = await query<{ feature: string }>(sql`
        SELECT (${asModerator ? moderatorFeature : publicFeature})::text AS feature FROM ${INITIATIVE_FROM}
        WHERE i.id = ${id}::uuid ${asModerator ? sql`` : sql`AND i.status = 'published'`}`)
      return row?.feature
    },

    async isPublished(id: string): Promise<boolean> {
      const rows = await query(sql`SELECT 1 FROM initiatives WHERE id = ${id}::uuid AND status = 'published'`)
      return rows.length > 0
    },

    /**
     * `limit` approved revisions of an initiative, newest first, after the
     * revision `after`, with the proposer's display name (never the e-mail).
     */
    history(id: string, limit: number, after: string | undefined) {
      const keyset = after
        ? sql`AND (coalesce(r.decided_at, r.created_at), r.created_at, r.id) < (
            SELECT coalesce(decided_at, created_at), created_at, id FROM revisions WHERE id = ${after}::uuid)`
        : sql``
      return query<HistoryRow>(sql`
        SELECT r.id::text AS id, r.kind, ${parisTimeSql(sql`r.created_at`)} AS created_at,
          ${parisTimeSql(sql`r.decided_at`)} AS decided_at, r.before, r.after, a.display_name
        FROM revisions r LEFT JOIN accounts a ON a.id = r.proposer_account_id
        WHERE r.initiative_id = ${id}::uuid AND r.status = 'approved' ${keyset}
        ORDER BY coalesce(r.decided_at, r.created_at) DESC, r.created_at DESC, r.id DESC
        LIMIT ${limit}`)
    },
  }
}

export type InitiativeRepository = ReturnType<typeof createInitiativeRepository>
