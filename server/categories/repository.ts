/** The taxonomy. */
import { asc } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { categories } from '../../db/schema/index.js'

export interface Category { slug: string; label: string; label_en: string; colour: string; icon: string }

export function createCategoryRepository({ db }: Database) {
  return {
    async list(): Promise<Category[]> {
      const rows = await db.select().from(categories).orderBy(asc(categories.position), asc(categories.slug))
      return rows.map(({ slug, label, labelEn, colour, icon }) => ({ slug, label, label_en: labelEn, colour, icon }))
    },
  }
}

export type CategoryRepository = ReturnType<typeof createCategoryRepository>
