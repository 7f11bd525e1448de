/** The taxonomy of initiatives and events, managed by moderators. */
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'

export const categories = pgTable('categories', {
  slug: text('slug').primaryKey(),
  label: text('label').notNull(),
  labelEn: text('label_en').notNull(),
  colour: text('colour').notNull(),
  icon: text('icon').notNull(),
  position: integer('position').notNull().default(0),
}, (t) => [
  check('categories_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  check('categories_colour_format', sql`${t.colour} ~ '^#[0-9a-f]{6}$'`),
])
