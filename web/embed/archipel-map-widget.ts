/**
 * `<archipel-map>`: the partner widget of the contributory map (SPEC §6),
 * for any website: the initiatives matching its attributes on the site's own
 * point map, with the list as its keyboard and screen-reader alternative.
 * It composes its own API client for the Archipel server it came from and
 * gives it to the components below (api-context.ts), as the site's shell does.
 *
 * Attributes (the API's filter names, plus the widget's own):
 * - `category`, `territory` (comma-separated, as in /api/initiatives), `q`.
 * - `bbox` (`minLon,minLat,maxLon,maxLat`): the area shown first; default:
 *   the results, or the instance's area.
 * - `view`: `map`, `list`, or `map list` (default).
 * - `height` (CSS length, default `480px`), `lang` (`fr` | `en`).
 * - `src`: the Archipel server; default: the origin that served the script.
 * Changing an attribute after load updates the widget.
 *
 * Parts: `map`, `list`, `chosen`, `credit`. CSS custom properties: those of
 * `<archipel-point-map>` and `<archipel-initiative-list>`, plus
 * `--archipel-widget-font`, `--archipel-widget-radius`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { createArchipelApi } from '../api/archipel-api.js'
import { provideApi } from '../api/api-context.js'
import { ApiError } from '../api/client.js'
import type { Bbox, Category, Initiative, InitiativeCollection, Settings } from '../api/types.js'
import { bboxAttribute, extentOf } from '../components/map/map-layers.js'
import { colouredByCategory, type ColouredPoints } from '../components/map/point-colours.js'
import { chooseLanguage, type Language } from '../i18n/language.js'
import { routePaths } from '../page-paths.js'
import { embedMessages } from './messages.js'
import { archipelMapWidgetStyles } from './archipel-map-widget.styles.js'

/** The server that served this script: where a widget without `src` reads. */
const scriptOrigin = new URL(import.meta.url).origin

const list = (value: string | null | undefined) => (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)

export class ArchipelMapWidget extends LitElement {
  static override styles = archipelMapWidgetStyles

  static override properties = {
    category: {},
    territory: {},
    q: {},
    bbox: { converter: bboxAttribute },
    view: {},
    height: {},
    lang: {},
    src: {},
    settings: { state: true },
    categories: { state: true },
    initiatives: { state: true },
    status: { state: true },
    chosen: { state: true },
  }

  declare category: string | undefined
  declare territory: string | undefined
  declare q: string | undefined
  declare bbox: Bbox | undefined
  declare view: string | undefined
  declare height: string | undefined
  declare src: string | undefined
  declare settings: Settings | undefined
  declare categories: Category[]
  declare initiatives: InitiativeCollection | undefined
  declare status: 'loading' | 'ready' | 'failed'
  declare chosen: Initiative | undefined

  readonly #api = provideApi(this)
  #request: AbortController | undefined
  /** The results as the map draws them, coloured by category, and their box (shown when no `bbox` is given). */
  #points: ColouredPoints | undefined
  #extent: Bbox | undefined

  constructor() {
    super()
    this.categories = []
    this.status = 'loading'
  }

  get #server(): string {
    return (this.src || scriptOrigin).replace(/\/+$/, '')
  }

  get #language(): Language {
    return chooseLanguage(this.lang || 'fr', [])
  }

  protected override willUpdate(changed: PropertyValues): void {
    const newServer = changed.has('src') || !this.#api.value
    if (newServer) {
      this.#api.setValue(createArchipelApi({ baseUrl: this.#server }))
      void this.#loadInstance()
    }
    if (newServer || ['category', 'territory', 'q', 'bbox'].some((name) => changed.has(name))) void this.#load()
    // Derived once per change of the data, not per render: a new collection makes the map upload and cluster it again.
    if (changed.has('initiatives') || changed.has('categories')) {
      this.#points = this.initiatives && colouredByCategory(this.initiatives.features, this.categories)
      this.#extent = this.initiatives && extentOf(this.initiatives)
    }
  }

  override render() {
    const t = embedMessages(this.#language)
    const views = new Set(list((this.view ?? 'map list').replace(/\s+/g, ',')))
    const siteName = this.settings?.site_name ?? 'Archipel'
    return html`
      <div class="widget" style="--archipel-widget-height: ${this.height || '480px'}">
        ${views.has('map') && this.settings ? html`
          <archipel-point-map part="map" language=${this.#language} .bounds=${this.bbox ?? this.#extent ?? this.settings.map_bounds}
            style-url=${this.settings.map_style_url ?? nothing} .points=${this.#points}
            selected=${this.chosen?.id ?? nothing}
            @archipel-point-select=${(event: CustomEvent<{ id: string }>) => this.#choose(event.detail.id)}></archipel-point-map>` : nothing}
        ${this.chosen ? html`<p class="chosen" part="chosen">
          <a href=${this.#server + routePaths.initiative(this.chosen.id)} target="_blank" rel="noopener">${this.chosen.properties.name}</a>
          <span class="visually-hidden">${t.newTab}</span></p>` : nothing}
        ${views.has('list') ? html`
          <archipel-initiative-list part="list" language=${this.#language} status=${this.status}
            .initiatives=${this.initiatives} .categories=${this.categories}
            @archipel-initiative-select=${(event: CustomEvent<{ id: string }>) => this.#choose(event.detail.id)}></archipel-initiative-list>` : nothing}
        <p class="credit" part="credit">${t.data}
          <a href=${this.#server + '/'} target="_blank" rel="noopener">${siteName}</a> — <a href="https://opendatacommons.org/licenses/odbl/" target="_blank" rel="noopener">ODbL</a></p>
      </div>
    `
  }

  #choose(id: string): void {
    this.chosen = this.initiatives?.features.find((feature) => feature.id === id)
  }

  async #loadInstance(): Promise<void> {
    const api = this.#api.value!
    const [settings, categories] = await Promise.allSettled([api.site.settings(), api.site.categories()])
    this.settings = settings.status === 'fulfilled' ? settings.value : undefined
    this.categories = categories.status === 'fulfilled' ? categories.value : []
    if (settings.status === 'rejected') console.error('archipel-map: the Archipel server does not answer', settings.reason)
  }

  async #load(): Promise<void> {
    this.#request?.abort()
    const request = (this.#request = new AbortController())
    this.status = 'loading'
    try {
      const filters = { q: this.q ?? '', categories: list(this.category), territories: list(this.territory) }
      this.initiatives = await this.#api.value!.initiatives.search(filters, this.bbox, request.signal)
      this.status = 'ready'
    } catch (error) {
      if (request.signal.aborted) return
      console.error('archipel-map:', error instanceof ApiError ? error.problem ?? error.status : error)
      this.status = 'failed'
    }
  }
}
