/** The taxonomy. */
import { asc, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { categories } from '../../db/schema/index.js'
import type { Category } from './schemas.js'

export type { Category }

const toCategory = ({ slug, label, labelEn, colour, icon }: typeof categories.$inferSelect): Category =>
  ({ slug, label, label_en: labelEn, colour, icon })

export function createCategoryRepository({ db }: Database) {
  return {
    async list(): Promise<Category[]> {
      const rows = await db.select().from(categories).orderBy(asc(categories.position), asc(categories.slug))
      return rows.map(toCategory)
    },

    /** A new category, last in the order; undefined when the slug is taken. */
    async create(category: Category): Promise<Category | undefined> {
      const [row] = await db.insert(categories).values({
        slug: category.slug, label: category.label, labelEn: category.label_en, colour: category.colour, icon: category.icon,
        position: sql`(SELECT coalesce(max(position), 0) + 1 FROM categories)`,
      }).onConflictDoNothing({ target: categories.slug }).returning()
      return row && toCategory(row)
    },

    /** Changes label, English label, colour or icon; undefined when there is no such category. */
    async update(slug: string, changes: Partial<Omit<Category, 'slug'>>): Promise<Category | undefined> {
      const set = {
        ...(changes.label !== undefined ? { label: changes.label } : {}),
        ...(changes.label_en !== undefined ? { labelEn: changes.label_en } : {}),
        ...(changes.colour !== undefined ? { colour: changes.colour } : {}),
        ...(changes.icon !== undefined ? { icon: changes.icon } : {}),
      }
      const [row] = Object.keys(set).length === 0
        ? await db.select().from(categories).where(eq(categories.slug, slug))
        : await db.update(categories).set(set).where(eq(categories.slug, slug)).returning()
      return row && toCategory(row)
    },
  }
}

export type CategoryRepository = ReturnType<typeof createCategoryRepository>
