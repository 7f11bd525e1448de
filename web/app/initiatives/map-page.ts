/**
 * `<archipel-map-page>`: the map of initiatives, its filters, its list and
 * the detail panel. The filters live in the page's URL
 * (`?category=a,b&territory=departement:37&q=…`): read on load and on back /
 * forward, written on each change, so a filtered view is shared by link.
 * Initiatives of the visible area matching the filters are fetched each time
 * the map settles or a filter changes (debounced, the previous request
 * cancelled) and handed to the map and the list alike; choosing a territory
 * fetches all of its results and moves the map onto them.
 *
 * Properties: `.settings` (Settings), `.categories` (Category[]), `language`
 * (`fr` | `en`). The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import {
  filtersFromParams, filtersToParams,
  type InitiativeDetail, type InitiativeFilters,
} from '../../api/initiatives.js'
import type { Bbox, Category, InitiativeCollection, Settings } from '../../api/types.js'
import type { InitiativeSelectDetail } from '../../components/initiatives/archipel-initiative-list.js'
import type { ViewportChangeDetail } from '../../components/map/archipel-point-map.js'
import { colouredByCategory, type ColouredPoints } from '../../components/map/point-colours.js'
import type { FiltersChangeDetail } from '../../components/initiatives/archipel-map-filters.js'
import { messages, type Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import { mapPageStyles } from './map-page.styles.js'
import { consumeApi } from '../../api/api-context.js'
import { extentOf } from '../../components/map/map-layers.js'
import { shareMessages } from '../../i18n/share.js'
import { sharePath } from '../share/widget-snippet.js'

/** Wait this long after the map settles, so a series of moves costs one request. */
const refetchDelayMs = 250

export class ArchipelMapPage extends LitElement {
  static override styles = mapPageStyles

  static override properties = {
    settings: { attribute: false },
    categories: { attribute: false },
    language: {},
    initiatives: { state: true },
    status: { state: true },
    filters: { state: true },
    selected: { state: true },
  }

  declare settings: Settings
  declare categories: Category[]
  declare language: Language
  declare initiatives: InitiativeCollection | undefined
  declare status: 'loading' | 'ready' | 'failed'
  declare filters: InitiativeFilters
  declare selected: InitiativeDetail | 'loading' | 'failed' | undefined

  #timer: ReturnType<typeof setTimeout> | undefined
  /** The results as the map draws them, coloured by category. */
  #points: ColouredPoints | undefined
  #request: AbortController | undefined
  #bbox: Bbox | undefined
  /** A territory was just chosen: show all of its results, wherever the map was. */
  #fitToResults = false
  /** The list item or point the panel was opened from, to return focus there. */
  #openedFrom: string | undefined

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.categories = []
    this.language = 'fr'
    this.status = 'loading'
    this.filters = filtersFromParams(new URLSearchParams(window.location.search))
    this.#fitToResults = this.filters.territories.length > 0
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('popstate', this.#onPopState)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('popstate', this.#onPopState)
    clearTimeout(this.#timer)
    this.#request?.abort()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initiatives') || changed.has('categories')) {
      this.#points = this.initiatives && colouredByCategory(this.initiatives.features, this.categories)
    }
  }

  override render() {
    const t = messages(this.language)
    const m = mapMessages(this.language)
    return html`
      <h1 class="visually-hidden">${t.titles.map}</h1>
      <div class="layout" @archipel-initiative-select=${this.#onSelect}>
        <archipel-point-map
          .bounds=${this.settings.map_bounds}
          style-url=${ifDefined(this.settings.map_style_url ?? undefined)}
          language=${this.language}
          .points=${this.#points}
          selected=${ifDefined(this.selected !== undefined ? this.#openedFrom : undefined)}
          @archipel-point-select=${this.#onSelect}
          @archipel-viewport-change=${this.#onViewportChange}
        ></archipel-point-map>
        <aside aria-label=${m.filters.label}>
          <archipel-map-filters language=${this.language} .filters=${this.filters} .categories=${this.categories}
            ?hidden=${this.selected !== undefined}
            @archipel-filters-change=${this.#onFiltersChange}></archipel-map-filters>
          <archipel-initiative-list language=${this.language} status=${this.status} ?hidden=${this.selected !== undefined}
            .initiatives=${this.initiatives} .categories=${this.categories}></archipel-initiative-list>
          <p class="share" ?hidden=${this.selected !== undefined}>
            <a href=${sharePath('map', filtersToParams(this.filters))}>${shareMessages(this.language).link}</a></p>
          ${this.selected !== undefined ? this.#renderPanel() : nothing}
        </aside>
      </div>
    `
  }

  #renderPanel() {
    const m = mapMessages(this.language)
    const selected = this.selected
    return html`
      <section class="panel" aria-labelledby="panel-title">
        <button type="button" class="back" @click=${this.#closePanel}>← ${m.detail.back}</button>
        ${selected === 'loading' ? html`<p id="panel-title" role="status">${m.detail.loading}</p>` : nothing}
        ${selected === 'failed' ? html`<p id="panel-title" role="alert">${m.detail.failed}</p>` : nothing}
        ${typeof selected === 'object' ? html`
          <span id="panel-title" class="visually-hidden">${selected.properties.name}</span>
          <archipel-initiative-detail page-link language=${this.language} .initiative=${selected}
            .categories=${this.categories} .api=${this.#api().initiatives}></archipel-initiative-detail>` : nothing}
      </section>
    `
  }

  #onPopState = (): void => {
    if (window.location.pathname !== '/' && window.location.pathname !== '/carte') return
    this.filters = filtersFromParams(new URLSearchParams(window.location.search))
    this.#refetchSoon()
  }

  #onFiltersChange(event: CustomEvent<FiltersChangeDetail>): void {
    const filters = event.detail.filters
    const onlyText = filters.categories.join() === this.filters.categories.join() &&
      filters.territories.join() === this.filters.territories.join()
    this.#fitToResults = filters.territories.length > 0 && filters.territories.join() !== this.filters.territories.join()
    this.filters = filters
    const query = filtersToParams(filters).toString()
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`
    // Each typed word is not a step back: text replaces, a choice adds a step.
    if (onlyText) window.history.replaceState(null, '', url)
    else window.history.pushState(null, '', url)
    this.#refetchSoon()
  }

  #onViewportChange(event: CustomEvent<ViewportChangeDetail>): void {
    this.#bbox = event.detail.bbox
    this.#refetchSoon()
  }

  #refetchSoon(): void {
    clearTimeout(this.#timer)
    if (!this.#bbox) return
    const bbox = this.#bbox
    this.#timer = setTimeout(() => void this.#fetch(bbox), refetchDelayMs)
  }

  async #fetch(bbox: Bbox): Promise<void> {
    this.#request?.abort()
    const request = (this.#request = new AbortController())
    this.status = 'loading'
    const fit = this.#fitToResults
    this.#fitToResults = false
    try {
      this.initiatives = await this.#api().initiatives.search(this.filters, fit ? undefined : bbox, request.signal)
      this.status = 'ready'
      // The map then settles on the results, and the next fetch is by viewport again.
      const extent = fit ? extentOf(this.initiatives) : undefined
      if (extent) this.renderRoot.querySelector('archipel-point-map')?.fitTo(extent)
    } catch (error) {
      if (request.signal.aborted) return
      console.error('archipel: initiatives unavailable', error)
      this.status = 'failed'
    }
  }

  async #onSelect(event: CustomEvent<InitiativeSelectDetail>): Promise<void> {
    const { id, coordinates } = event.detail
    this.renderRoot.querySelector('archipel-point-map')?.flyTo(coordinates)
    this.#openedFrom = id
    const known = this.initiatives?.features.find((feature) => feature.id === id)
    this.selected = known ?? 'loading'
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('.panel .back')?.focus()
    if (known) return
    try {
      this.selected = await this.#api().initiatives.initiative(id)
    } catch (error) {
      console.error('archipel: initiative unavailable', error)
      this.selected = 'failed'
    }
  }

  async #closePanel(): Promise<void> {
    this.selected = undefined
    await this.updateComplete
    // Back where the visitor was in the list.
    const list = this.renderRoot.querySelector('archipel-initiative-list')
    const item = list?.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this.#openedFrom ?? '')}"]`)
    ;(item ?? list)?.focus()
  }
}
