/**
 * `<archipel-diff>`: a proposed or recorded change, field by field, before
 * and after. Values are shown as text (never parsed as HTML): lists joined,
 * booleans as yes/no, a point as its coordinates.
 *
 * Attributes / properties: `language`; `.beforeFields`, `.afterFields` (field →
 * value; `beforeFields` null for something new: only `after` is shown); `.categories`
 * (Category[], for the labels of category slugs).
 * Parts: `table`.
 */
import { html, LitElement, nothing } from 'lit'
import type { Category } from '../../api/types.js'
import type { Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import { moderationMessages } from '../../i18n/moderation.js'
import { archipelDiffStyles } from './archipel-diff.styles.js'

type Fields = Record<string, unknown>

/** Fields of the records that are bookkeeping, not content. */
const hidden = new Set(['id', 'created_at', 'updated_at', 'source', 'territories', 'search', 'sequence', 'website_url'])

export class ArchipelDiff extends LitElement {
  static override styles = archipelDiffStyles

  static override properties = {
    language: {},
    beforeFields: { attribute: false },
    afterFields: { attribute: false },
    categories: { attribute: false },
  }

  declare language: Language
  declare beforeFields: Fields | null
  declare afterFields: Fields | null
  declare categories: Category[]

  constructor() {
    super()
    this.language = 'fr'
    this.beforeFields = null
    this.afterFields = null
    this.categories = []
  }

  override render() {
    const t = moderationMessages(this.language)
    const before = flatten(this.beforeFields)
    const after = flatten(this.afterFields)
    const fresh = this.beforeFields === null
    const fields = [...new Set([...Object.keys(after), ...(fresh ? [] : Object.keys(before))])]
      .filter((field) => !hidden.has(field))
      .filter((field) => fresh || JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    if (fields.length === 0) return nothing
    return html`
      <table part="table">
        <caption class="visually-hidden">${t.diff.caption}</caption>
        <thead><tr><th scope="col">${t.diff.field}</th>${fresh ? nothing : html`<th scope="col">${t.diff.before}</th>`}<th scope="col">${t.diff.after}</th></tr></thead>
        <tbody>
          ${fields.map((field) => html`<tr data-field=${field}>
            <th scope="row">${t.diff.fields[field] ?? field}</th>
            ${fresh ? nothing : html`<td class="before">${this.#show(field, before[field])}</td>`}
            <td class="after">${this.#show(field, after[field])}</td>
          </tr>`)}
        </tbody>
      </table>
    `
  }

  #show(field: string, value: unknown): string {
    const t = moderationMessages(this.language)
    if (value === null || value === undefined || value === '') return t.diff.empty
    if (typeof value === 'boolean') return value ? t.diff.yes : t.diff.no
    if (field === 'categories' && Array.isArray(value)) {
      const labels = new Map(this.categories.map((category) => [category.slug, category.label]))
      return value.map((slug) => labels.get(String(slug)) ?? String(slug)).join(', ')
    }
    if (field === 'legal_form') return mapMessages(this.language).legalForms[String(value)] ?? String(value)
    if (field === 'reason') return mapMessages(this.language).report.reasons[String(value)] ?? String(value)
    if (Array.isArray(value)) return value.map(String).join(', ')
    if (typeof value === 'object') {
      const point = value as { type?: string; coordinates?: unknown }
      if (point.type === 'Point' && Array.isArray(point.coordinates)) return point.coordinates.join(', ')
      return JSON.stringify(value)
    }
    return String(value)
  }
}

/** A Feature-shaped record (`properties` + `geometry`) or a plain one, as fields. */
function flatten(record: Fields | null): Fields {
  if (!record) return {}
  const { properties, type, ...rest } = record as Fields & { properties?: Fields; type?: unknown }
  if (properties && typeof properties === 'object') return { ...rest, ...properties }
  return type === 'Feature' ? rest : { ...(type === undefined ? {} : { type }), ...rest }
}
