/**
 * `<archipel-map-page>`: the map of initiatives and its list. Fetches the
 * initiatives of the visible area each time the map settles (debounced,
 * the previous request cancelled) and hands them to both views.
 *
 * Properties: `.api` (ApiClient), `.settings` (Settings), `.categories`
 * (Category[]), `language` (`fr` | `en`).
 */
import { html, LitElement } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import type { ApiClient } from '../api/client.js'
import type { Bbox, Category, InitiativeCollection, Settings } from '../api/types.js'
import type { InitiativeSelectDetail, ViewportChangeDetail } from '../components/archipel-map.js'
import { messages, type Language } from '../i18n/language.js'
import { mapPageStyles } from './map-page.styles.js'

/** The API's maximum page: a region's initiatives fit in one request. */
const limit = 5000
/** Wait this long after the map settles, so a series of moves costs one request. */
const refetchDelayMs = 250

export class ArchipelMapPage extends LitElement {
  static override styles = mapPageStyles

  static override properties = {
    api: { attribute: false },
    settings: { attribute: false },
    categories: { attribute: false },
    language: {},
    initiatives: { state: true },
    status: { state: true },
  }

  declare api: ApiClient
  declare settings: Settings
  declare categories: Category[]
  declare language: Language
  declare initiatives: InitiativeCollection | undefined
  declare status: 'loading' | 'ready' | 'failed'

  #timer: ReturnType<typeof setTimeout> | undefined
  #request: AbortController | undefined

  constructor() {
    super()
    this.categories = []
    this.language = 'fr'
    this.status = 'loading'
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.#timer)
    this.#request?.abort()
  }

  override render() {
    const t = messages(this.language)
    return html`
      <h1 class="visually-hidden">${t.titles.map}</h1>
      <div class="layout" @archipel-initiative-select=${this.#showOnMap}>
        <archipel-map
          .bounds=${this.settings.map_bounds}
          style-url=${ifDefined(this.settings.map_style_url ?? undefined)}
          language=${this.language}
          .initiatives=${this.initiatives}
          .categories=${this.categories}
          @archipel-viewport-change=${this.#onViewportChange}
        ></archipel-map>
        <archipel-initiative-list
          language=${this.language}
          status=${this.status}
          .initiatives=${this.initiatives}
          .categories=${this.categories}
        ></archipel-initiative-list>
      </div>
    `
  }

  #onViewportChange(event: CustomEvent<ViewportChangeDetail>): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.#fetch(event.detail.bbox), refetchDelayMs)
  }

  async #fetch(bbox: Bbox): Promise<void> {
    this.#request?.abort()
    const request = (this.#request = new AbortController())
    this.status = 'loading'
    try {
      this.initiatives = await this.api.initiatives({ bbox, limit }, request.signal)
      this.status = 'ready'
    } catch (error) {
      if (request.signal.aborted) return
      console.error('archipel: initiatives unavailable', error)
      this.status = 'failed'
    }
  }

  #showOnMap(event: CustomEvent<InitiativeSelectDetail>): void {
    this.renderRoot.querySelector('archipel-map')?.flyTo(event.detail.coordinates)
  }
}
