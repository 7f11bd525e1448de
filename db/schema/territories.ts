/** Reference data: the official administrative division of France. */
import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core'

export const territories = pgTable('territories', {
  /** `commune:37261`, `epci:243700754`, `departement:37`, `region:24` */
  id: text('id').primaryKey(),
  type: text('type', { enum: ['commune', 'epci', 'departement', 'region'] }).notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  /** Lower-case, accent-free name, for search. */
  searchName: text('search_name').notNull(),
  postalCodes: text('postal_codes').array().notNull().default(sql`'{}'`),
  /** Ids of the territories that contain this one, nearest first. */
  parents: text('parents').array().notNull().default(sql`'{}'`),
  population: integer('population'),
}, (t) => [
  index('territories_search_name_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
  index('territories_postal_codes').using('gin', t.postalCodes),
  index('territories_type_code').on(t.type, t.code),
])
