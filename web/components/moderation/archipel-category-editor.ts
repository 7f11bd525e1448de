/**
 * `<archipel-category-editor>`: the taxonomy for moderators — each category's
 * labels, colour and icon, editable in place, and a form to add one.
 *
 * Attributes / properties: `language`; `.api` (InitiativeApi);
 * `.categories` (Category[]).
 * Events: `archipel-categories-change` ({ categories }) after each save.
 */
import { html, LitElement, nothing } from 'lit'
import { fieldErrors, type InitiativeApi } from '../../api/initiatives.js'
import type { Category } from '../../api/types.js'
import type { Language } from '../../i18n/language.js'
import { moderationMessages } from '../../i18n/moderation.js'
import { archipelCategoryEditorStyles } from './archipel-category-editor.styles.js'

export class ArchipelCategoryEditor extends LitElement {
  static override styles = archipelCategoryEditorStyles

  static override properties = {
    language: {},
    api: { attribute: false },
    categories: { attribute: false },
    notices: { state: true },
  }

  declare language: Language
  declare api: InitiativeApi
  declare categories: Category[]
  /** A message per form: a category's slug, or `new`. */
  declare notices: Record<string, string>

  constructor() {
    super()
    this.language = 'fr'
    this.categories = []
    this.notices = {}
  }

  override render() {
    const t = moderationMessages(this.language).taxonomy
    return html`
      <ul>
        ${this.categories.map((category) => html`<li>
          <form aria-label=${t.edit(category.label)} @submit=${(event: Event) => this.#save(event, category.slug)}>
            <span class="slug">${category.slug}</span>
            ${this.#fields(category.slug, category)}
            <button type="submit">${t.save}</button>
            ${this.notices[category.slug] ? html`<span role="status">${this.notices[category.slug]}</span>` : nothing}
          </form></li>`)}
      </ul>
      <form class="new" aria-labelledby="new-title" @submit=${this.#create}>
        <h3 id="new-title">${t.add}</h3>
        <label for="new-slug">${t.slug}</label>
        <input id="new-slug" name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxlength="60">
        ${this.#fields('new', { label: '', label_en: '', colour: '#1f5f5b', icon: '' })}
        <button class="primary" type="submit">${t.create}</button>
        ${this.notices.new ? html`<p role="status">${this.notices.new}</p>` : nothing}
      </form>
    `
  }

  #fields(key: string, category: Omit<Category, 'slug'>) {
    const t = moderationMessages(this.language).taxonomy
    return html`
      <label for="${key}-label">${t.label}</label>
      <input id="${key}-label" name="label" required maxlength="100" .value=${category.label}>
      <label for="${key}-label_en">${t.labelEn}</label>
      <input id="${key}-label_en" name="label_en" maxlength="100" .value=${category.label_en}>
      <label for="${key}-colour">${t.colour}</label>
      <input id="${key}-colour" name="colour" type="color" .value=${category.colour}>
      <label for="${key}-icon">${t.icon}</label>
      <input id="${key}-icon" name="icon" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxlength="60" .value=${category.icon}>
    `
  }

  async #save(event: Event, slug: string): Promise<void> {
    event.preventDefault()
    const t = moderationMessages(this.language).taxonomy
    const data = new FormData(event.target as HTMLFormElement)
    const text = (name: string) => String(data.get(name) ?? '').trim()
    try {
      const saved = await this.api.updateCategory(slug, {
        label: text('label'), colour: text('colour'), icon: text('icon'), ...(text('label_en') ? { label_en: text('label_en') } : {}),
      })
      this.#replace(this.categories.map((category) => (category.slug === slug ? saved : category)))
      this.notices = { ...this.notices, [slug]: t.saved }
    } catch (error) {
      this.notices = { ...this.notices, [slug]: this.#failure(error) }
    }
  }

  async #create(event: Event): Promise<void> {
    event.preventDefault()
    const t = moderationMessages(this.language).taxonomy
    const form = event.target as HTMLFormElement
    const data = new FormData(form)
    const text = (name: string) => String(data.get(name) ?? '').trim()
    try {
      const created = await this.api.createCategory({
        slug: text('slug'), label: text('label'), colour: text('colour'), icon: text('icon'),
        ...(text('label_en') ? { label_en: text('label_en') } : {}),
      })
      this.#replace([...this.categories, created])
      form.reset()
      this.notices = { ...this.notices, new: t.created }
    } catch (error) {
      this.notices = { ...this.notices, new: this.#failure(error) }
    }
  }

  #failure(error: unknown): string {
    const t = moderationMessages(this.language).taxonomy
    const fields = Object.entries(fieldErrors(error)).map(([field, message]) => `${field} : ${message}`)
    return fields.length > 0 ? `${t.failed} ${fields.join(' ; ')}` : error instanceof Error ? `${t.failed} ${error.message}` : t.failed
  }

  #replace(categories: Category[]): void {
    this.categories = categories
    this.dispatchEvent(new CustomEvent('archipel-categories-change', { detail: { categories }, bubbles: true, composed: true }))
  }
}
