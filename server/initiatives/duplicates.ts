/**
 * Possible duplicates of a proposal: published initiatives within 100 m
 * whose names look alike (trigram similarity of the accent- and case-free
 * names). Shown to the proposer and kept on the revision for moderators;
 * never a refusal — two cafés may share a street.
 */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import type { PossibleDuplicate } from '../shared/pending-schemas.js'

const RADIUS_M = 100
const MIN_SIMILARITY = 0.3
/**
 * Degrees around the point that surely hold the radius (a degree of
 * longitude is still 63 km at 55° of latitude): lets the GiST index on the
 * geometry narrow the rows before the exact distance on the geography.
 */
const BOX_DEGREES = 0.0025

export function createDuplicateFinder({ query }: Database) {
  return async (name: string, [lon, lat]: [number, number], excludeId?: string): Promise<PossibleDuplicate[]> => {
    const point = sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)`
    return query<PossibleDuplicate>(sql`
      SELECT id::text AS id, name, round(ST_Distance(location::geography, ${point}::geography))::float8 AS distance_m
      FROM initiatives
      WHERE status = 'published'
        AND location && ST_Expand(${point}, ${BOX_DEGREES})
        AND ST_DWithin(location::geography, ${point}::geography, ${RADIUS_M})
        AND similarity(archipel_unaccent(lower(name)), archipel_unaccent(lower(${name}))) > ${MIN_SIMILARITY}
        AND id IS DISTINCT FROM ${excludeId ?? null}::uuid
      ORDER BY distance_m, id
      LIMIT 10`)
  }
}

export type DuplicateFinder = ReturnType<typeof createDuplicateFinder>
