/**
 * `<archipel-map-filters>`: the map's filters — text search, categories
 * (checkboxes with each category's colour) and a territory. It holds no
 * state of its own beyond typing: the page gives `.filters` and hears of
 * every change.
 *
 * Attributes / properties:
 * - `language` (`fr` | `en`).
 * - `.filters` (InitiativeFilters): the filters in force.
 * - `.categories` (Category[]): the taxonomy.
 *
 * Events: `archipel-filters-change` ({ filters }): the visitor changed a
 * filter (typing is debounced).
 * Parts: `search`, `categories`.
 */
import { html, LitElement, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { styleMap } from 'lit/directives/style-map.js'
import type { InitiativeFilters } from '../../api/initiatives.js'
import type { Category } from '../../api/types.js'
import type { Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import { archipelMapFiltersStyles } from './archipel-map-filters.styles.js'
import type { TerritoryChangeDetail } from '../archipel-territory-picker.js'

export interface FiltersChangeDetail { filters: InitiativeFilters }

const typingDelayMs = 350

export class ArchipelMapFilters extends LitElement {
  static override styles = archipelMapFiltersStyles

  static override properties = {
    language: {},
    filters: { attribute: false },
    categories: { attribute: false },
  }

  declare language: Language
  declare filters: InitiativeFilters
  declare categories: Category[]

  #timer: ReturnType<typeof setTimeout> | undefined

  constructor() {
    super()
    this.language = 'fr'
    this.filters = { q: '', categories: [], territories: [] }
    this.categories = []
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.#timer)
  }

  override render() {
    const t = mapMessages(this.language)
    const chosen = new Set(this.filters.categories)
    const label = (category: Category) => (this.language === 'en' && category.label_en ? category.label_en : category.label)
    const active = this.filters.q || this.filters.categories.length > 0 || this.filters.territories.length > 0
    return html`
      <form role="search" aria-label=${t.filters.label} @submit=${this.#onSubmit}>
        <label for="q">${t.filters.search}</label>
        <input id="q" part="search" type="search" name="q" .value=${this.filters.q}
          placeholder=${t.filters.searchPlaceholder} @input=${this.#onType}>
        <archipel-territory-picker label=${t.filters.territory} placeholder=${t.filters.territoryPlaceholder}
          language=${this.language} value=${this.filters.territories[0] ?? ''}
          @archipel-territory-change=${this.#onTerritory}></archipel-territory-picker>
        <details part="categories" ?open=${this.filters.categories.length > 0}>
          <summary>${t.filters.categories}${chosen.size > 0 ? ` (${chosen.size})` : ''}</summary>
          <fieldset>
            <legend class="visually-hidden">${t.filters.categories}</legend>
            ${repeat(this.categories, (category) => category.slug, (category) => html`
              <label class="check">
                <input type="checkbox" name="category" value=${category.slug} .checked=${chosen.has(category.slug)}
                  @change=${this.#onCategory}>
                <span class="dot" aria-hidden="true" style=${styleMap({ background: category.colour })}></span>
                ${label(category)}
              </label>`)}
          </fieldset>
        </details>
        ${active ? html`<button type="button" class="clear" @click=${this.#clear}>${t.filters.clear}</button>` : nothing}
      </form>
    `
  }

  #onType(event: Event): void {
    const q = (event.target as HTMLInputElement).value
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#emit({ ...this.filters, q }), typingDelayMs)
  }

  #onSubmit(event: Event): void {
    event.preventDefault()
    clearTimeout(this.#timer)
    const q = this.renderRoot.querySelector<HTMLInputElement>('#q')?.value ?? ''
    this.#emit({ ...this.filters, q })
  }

  #onCategory(): void {
    const checked = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name=category]:checked')].map((box) => box.value)
    this.#emit({ ...this.filters, categories: checked })
  }

  #onTerritory(event: CustomEvent<TerritoryChangeDetail>): void {
    event.stopPropagation()
    const territory = event.detail.territory
    this.#emit({ ...this.filters, territories: territory ? [territory.id] : [] })
  }

  #clear(): void {
    clearTimeout(this.#timer)
    this.#emit({ q: '', categories: [], territories: [] })
  }

  #emit(filters: InitiativeFilters): void {
    this.dispatchEvent(new CustomEvent<FiltersChangeDetail>('archipel-filters-change', { detail: { filters }, bubbles: true, composed: true }))
  }
}
