/** Territory search: accent- and case-insensitive, by name, postal code or official code. */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { textArray } from '../shared/sql.js'

export interface Territory {
  id: string
  type: 'commune' | 'epci' | 'departement' | 'region'
  code: string
  name: string
  postal_codes: string[]
  parents: string[]
}

export function createTerritoryRepository({ query }: Database) {
  return {
    async search(text: string, types: string[] | undefined, limit: number): Promise<Territory[]> {
      const digits = /^\d[\dAB]{0,4}$/i.test(text) ? text.toUpperCase() : null
      const typeFilter = types && types.length > 0 ? sql`AND type = ANY(${textArray(types)})` : sql``
      // Ranked: exact name, then name prefix, then word prefix, then fuzzy;
      // bigger places first within a rank.
      return query<Territory>(sql`
        WITH q AS (SELECT archipel_normalize(${text}) AS n)
        SELECT id, type, code, name, postal_codes, parents
        FROM territories, q
        WHERE (
          search_name LIKE q.n || '%' OR search_name LIKE '% ' || q.n || '%'
          OR (${digits}::text IS NOT NULL AND (
            code = ${digits} OR EXISTS (SELECT 1 FROM unnest(postal_codes) pc WHERE pc LIKE ${digits} || '%')))
        ) ${typeFilter}
        ORDER BY
          CASE WHEN search_name = q.n OR code = ${digits} THEN 0
               WHEN search_name LIKE q.n || '%' THEN 1 ELSE 2 END,
          CASE type WHEN 'region' THEN 0 WHEN 'departement' THEN 1 WHEN 'commune' THEN 2 ELSE 3 END,
          population DESC NULLS LAST, name
        LIMIT ${limit}`)
    },

    async findById(id: string): Promise<Territory | undefined> {
      const [row] = await query<Territory>(sql`
        SELECT id, type, code, name, postal_codes, parents FROM territories WHERE id = ${id}`)
      return row
    },
  }
}

export type TerritoryRepository = ReturnType<typeof createTerritoryRepository>
