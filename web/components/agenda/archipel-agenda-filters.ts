/**
 * `<archipel-agenda-filters>`: the agenda's filters — kind, theme, programme,
 * territory (the shared territory combobox), words. A choice applies at
 * once; words apply on "Filtrer" (or Enter).
 *
 * Properties: `.filters` (AgendaFilters), `.categories` (Category[]),
 * `.programmes` (Programme[]), `language`.
 * Events: `archipel-filters-change` ({ filters }).
 */
import { html, LitElement } from 'lit'
import { EVENT_KINDS, emptyFilters, type AgendaFilters, type Programme } from '../../api/events.js'
import type { Category } from '../../api/types.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { archipelAgendaFiltersStyles } from './archipel-agenda-filters.styles.js'
import type { TerritoryChangeDetail } from '../archipel-territory-picker.js'

export interface FiltersChangeDetail { filters: AgendaFilters }

type ListFilter = 'kind' | 'category' | 'programme'

export class ArchipelAgendaFilters extends LitElement {
  static override styles = archipelAgendaFiltersStyles

  static override properties = {
    filters: { attribute: false },
    categories: { attribute: false },
    programmes: { attribute: false },
    language: {},
  }

  declare filters: AgendaFilters
  declare categories: Category[]
  declare programmes: Programme[]
  declare language: Language

  constructor() {
    super()
    this.filters = emptyFilters()
    this.categories = []
    this.programmes = []
    this.language = 'fr'
  }

  override render() {
    const t = agendaMessages(this.language)
    const options: Record<ListFilter, [string, string][]> = {
      kind: EVENT_KINDS.map((kind) => [kind, t.kinds[kind] ?? kind]),
      category: this.categories.map((category) => [category.slug, this.language === 'en' ? category.label_en : category.label]),
      programme: this.programmes.map((programme) => [programme.slug, programme.title]),
    }
    const select = (name: ListFilter, label: string) => html`
      <div class="field">
        <label for="filter-${name}">${label}</label>
        <select id="filter-${name}" name=${name} @change=${(event: Event) => this.#choose(name, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.filters[name].length}>${t.filters.any}</option>
          ${options[name].map(([value, text]) => html`<option value=${value} ?selected=${this.filters[name][0] === value}>${text}</option>`)}
        </select>
      </div>`
    return html`
      <form role="search" aria-label=${t.filters.legend} @submit=${this.#submit}>
        ${select('kind', t.filters.kind)}
        ${select('category', t.filters.category)}
        ${select('programme', t.filters.programme)}
        <archipel-territory-picker class="field" label=${t.filters.territory} placeholder=${t.filters.territoryPlaceholder} language=${this.language}
          value=${this.filters.territory[0] ?? ''} @archipel-territory-change=${this.#onTerritory}></archipel-territory-picker>
        <div class="field">
          <label for="filter-q">${t.filters.q}</label>
          <input id="filter-q" name="q" type="search" .value=${this.filters.q}>
        </div>
        <div class="actions">
          <button type="submit">${t.filters.apply}</button>
          <button type="button" class="reset" @click=${() => this.#announce(emptyFilters())}>${t.filters.reset}</button>
        </div>
      </form>`
  }

  #choose(name: ListFilter, value: string): void {
    this.#announce({ ...this.#typed(), [name]: value ? [value] : [] })
  }

  #onTerritory(event: CustomEvent<TerritoryChangeDetail>): void {
    const territory = event.detail.territory
    this.#announce({ ...this.#typed(), territory: territory ? [territory.id] : [] })
  }

  #submit(event: Event): void {
    event.preventDefault()
    this.#announce(this.#typed())
  }

  /** The current filters with what is typed in the text fields. */
  #typed(): AgendaFilters {
    const value = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value.trim() ?? ''
    return { ...this.filters, q: value('filter-q') }
  }

  #announce(filters: AgendaFilters): void {
    this.dispatchEvent(new CustomEvent<FiltersChangeDetail>('archipel-filters-change', { detail: { filters }, bubbles: true, composed: true }))
  }
}
