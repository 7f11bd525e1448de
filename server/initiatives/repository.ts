/**
 * Reading initiatives. GeoJSON is built by PostGIS (`json_build_object`,
 * `json_agg`) and travels as text: no parse/serialise round trip in Node.
 * Private contact fields are left out unless marked public.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { selectFeaturePage } from '../shared/feature-page.js'
import type { Bbox } from '../shared/bbox.js'

export interface InitiativeFilter {
  bbox?: Bbox
  /** Keyset: only ids greater than this one. */
  after?: string
}

/** A published initiative as a GeoJSON Feature (json). `i` is the initiatives row. */
const publicFeature = sql`json_build_object(
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
    'email', CASE WHEN i.email_public THEN i.email END,
    'phone', CASE WHEN i.phone_public THEN i.phone END,
    'status', i.status,
    'created_at', i.created_at,
    'updated_at', i.updated_at,
    'source', i.source))`

function conditions(filter: InitiativeFilter): SQL {
  const parts: SQL[] = [sql`i.status = 'published'`]
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox
    parts.push(sql`i.location && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`)
  }
  return sql.join(parts, sql` AND `)
}

export function createInitiativeRepository({ query }: Database) {
  return {
    /** One page of published initiatives: the features as a JSON array text, and the total. */
    listPublished: (filter: InitiativeFilter, limit: number) => selectFeaturePage(query, {
      feature: publicFeature,
      from: sql`initiatives i LEFT JOIN territories c ON c.id = 'commune:' || i.commune`,
      table: sql`initiatives i`,
      alias: 'i',
      where: conditions(filter),
      after: filter.after,
      limit,
    }),
  }
}

export type InitiativeRepository = ReturnType<typeof createInitiativeRepository>
