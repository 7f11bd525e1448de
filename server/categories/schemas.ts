/**
 * The category of the taxonomy, written once: what GET /api/categories
 * answers, what a moderator writes (POST, PATCH) and what the repository and
 * the web client read (`Static`, `import type`).
 */
import { Type, type Static } from 'typebox'
import { Name } from '../shared/text-schemas.js'

export const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 60 })

/** The writable fields, each as a moderator may send it. */
export const categoryFields = {
  label: Name({ minLength: 1, maxLength: 100, description: 'French label' }),
  label_en: Name({ minLength: 1, maxLength: 100, description: 'English label (the French one when absent)' }),
  colour: Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: '#rrggbb' }),
  icon: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 60, description: 'icon name' }),
}

export const Category = Type.Object({
  slug: Type.String(),
  label: Type.String(),
  label_en: Type.String(),
  colour: Type.String({ description: '#rrggbb' }),
  icon: Type.String(),
})
export type Category = Static<typeof Category>
