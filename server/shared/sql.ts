/** SQL fragments that both drivers bind the same way. */
import { sql, type SQL } from 'drizzle-orm'

/**
 * A `text[]` value. Drizzle expands a JS array in `sql` into a list of
 * parameters (`($1, $2)`), so arrays are built explicitly.
 */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`'{}'::text[]`
  return sql`ARRAY[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`
}
