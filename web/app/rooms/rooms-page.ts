/**
 * `<archipel-rooms-page>` (/salles): the rooms lent between organisations,
 * on a map and in a list, with filters kept in the address (restored on
 * load, back and forward).
 *
 * Properties: `.settings` (Settings), `language` (`fr` | `en`).
 * The API client comes from the context (api-context.ts).
 */
import { html, LitElement, type PropertyValues } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import { type RoomCollection } from '../../api/rooms.js'
import type { Settings } from '../../api/types.js'
import type { PointSelectDetail } from '../../components/map/archipel-point-map.js'
import { colouredAs, roomColour, type ColouredPoints } from '../../components/map/point-colours.js'
import type { RoomFiltersChangeDetail } from '../../components/rooms/archipel-room-filters.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import { filtersFromQuery, filtersToQuery, roomListParams, type RoomFilters } from '../../components/rooms/room-filters.js'
import { roomsPageStyles } from './rooms-page.styles.js'
import { routePaths } from '../router.js'
import { consumeApi } from '../../api/api-context.js'
import { shareMessages } from '../../i18n/share.js'
import { sharePath } from '../share/widget-snippet.js'

/** Rooms are few (thousands nationwide): one page of the API holds a region's. */
const limit = 5000

export class ArchipelRoomsPage extends LitElement {
  static override styles = roomsPageStyles

  static override properties = {
    settings: { attribute: false },
    language: {},
    filters: { state: true },
    rooms: { state: true },
    status: { state: true },
  }

  declare settings: Settings
  declare language: Language
  declare filters: RoomFilters
  declare rooms: RoomCollection | undefined
  declare status: 'loading' | 'ready' | 'failed'

  #request: AbortController | undefined
  /** What the map draws, made again only when the rooms change. */
  #mapPoints: ColouredPoints | undefined
  readonly #onPopState = () => this.#readAddress()

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.status = 'loading'
    this.filters = filtersFromQuery(new URLSearchParams(window.location.search))
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('popstate', this.#onPopState)
    this.#readAddress()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('popstate', this.#onPopState)
    this.#request?.abort()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rooms')) this.#mapPoints = this.rooms && colouredAs(this.rooms.features, roomColour)
  }

  override render() {
    const t = roomMessages(this.language)
    return html`
      <div class="layout">
        <section class="side">
          <h1>${t.title}</h1>
          <p class="intro">${t.intro}</p>
          <p class="share"><a href=${sharePath('rooms', filtersToQuery(this.filters))}>${shareMessages(this.language).link}</a></p>
          <archipel-room-filters language=${this.language} .filters=${this.filters}
            @archipel-room-filters-change=${this.#onFiltersChange}></archipel-room-filters>
          <archipel-room-list language=${this.language} status=${this.status} .rooms=${this.rooms}></archipel-room-list>
        </section>
        <archipel-point-map
          .bounds=${this.settings.map_bounds}
          style-url=${ifDefined(this.settings.map_style_url ?? undefined)}
          language=${this.language}
          .points=${this.#mapPoints}
          @archipel-point-select=${this.#openRoom}
        ></archipel-point-map>
      </div>
    `
  }

  #readAddress(): void {
    this.filters = filtersFromQuery(new URLSearchParams(window.location.search))
    void this.#fetch()
  }

  #onFiltersChange(event: CustomEvent<RoomFiltersChangeDetail>): void {
    this.filters = event.detail.filters
    const query = filtersToQuery(this.filters).toString()
    const address = `${window.location.pathname}${query ? `?${query}` : ''}`
    if (address !== window.location.pathname + window.location.search) window.history.pushState(null, '', address)
    void this.#fetch()
  }

  async #fetch(): Promise<void> {
    this.#request?.abort()
    const request = (this.#request = new AbortController())
    this.status = 'loading'
    const params = roomListParams(this.filters)
    params.set('limit', String(limit))
    try {
      this.rooms = await this.#api().rooms.rooms(params, request.signal)
      this.status = 'ready'
    } catch (error) {
      if (request.signal.aborted) return
      console.error('archipel: rooms unavailable', error)
      this.status = 'failed'
    }
  }

  /** A point of the map leads to its room's page, as the list's links do. */
  #openRoom(event: CustomEvent<PointSelectDetail>): void {
    window.history.pushState(null, '', routePaths.room(event.detail.id))
    window.dispatchEvent(new PopStateEvent('popstate'))
  }
}
