/**
 * `<archipel-initiative-page>`: one initiative's own, shareable page — its
 * name as the document's title, a small map, what it shows, the forms to
 * correct or report it, and its history of approved changes. (The server
 * writes the same name into the page's OpenGraph metadata for link previews.)
 *
 * Attributes / properties: `initiative-id`, `language`, `.settings`,
 * `.categories`. The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import { ApiError } from '../../api/client.js'
import { type HistoryEntry, type InitiativeDetail } from '../../api/initiatives.js'
import type { Bbox, Category, Settings } from '../../api/types.js'
import { colouredByCategory } from '../../components/map/point-colours.js'
import type { Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import { initiativePageStyles } from './initiative-page.styles.js'
import { pagePaths } from '../router.js'
import { consumeApi } from '../../api/api-context.js'

/** About 1 km around the point. */
const around = 0.01

export class ArchipelInitiativePage extends LitElement {
  static override styles = initiativePageStyles

  static override properties = {
    initiativeId: { attribute: 'initiative-id' },
    language: {},
    settings: { attribute: false },
    categories: { attribute: false },
    initiative: { state: true },
    history: { state: true },
  }

  declare initiativeId: string
  declare language: Language
  declare settings: Settings | undefined
  declare categories: Category[]
  declare initiative: InitiativeDetail | 'loading' | 'not-found' | 'failed'
  declare history: HistoryEntry[] | undefined

  #request: AbortController | undefined

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.initiativeId = ''
    this.language = 'fr'
    this.categories = []
    this.initiative = 'loading'
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#request?.abort()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initiativeId') && this.initiativeId) void this.#load(this.initiativeId)
  }

  protected override updated(): void {
    if (typeof this.initiative === 'object') {
      document.title = `${this.initiative.properties.name} — ${this.settings?.site_name ?? 'Archipel'}`
    }
  }

  override render() {
    const t = mapMessages(this.language)
    const initiative = this.initiative
    if (initiative === 'loading') return html`<p class="page" role="status">${t.detail.loading}</p>`
    if (initiative === 'not-found' || initiative === 'failed') {
      return html`<section class="page"><h1>${initiative === 'failed' ? t.detail.failed : t.page.notFound}</h1>
        <p><a href=${pagePaths.map}>${t.page.backToMap}</a></p></section>`
    }
    const [lon, lat] = initiative.geometry.coordinates as [number, number]
    const bounds: Bbox = [lon - around, lat - around, lon + around, lat + around]
    const one = colouredByCategory([initiative], this.categories)
    return html`
      <article class="page">
        <div class="columns">
          <archipel-initiative-detail heading-level="1" language=${this.language} .initiative=${initiative}
            .categories=${this.categories} .api=${this.#api().initiatives}></archipel-initiative-detail>
          <div class="side">
            <archipel-point-map .bounds=${bounds} style-url=${ifDefined(this.settings?.map_style_url ?? undefined)}
              language=${this.language} .points=${one}
              @archipel-point-select=${(event: Event) => event.stopPropagation()}
              @archipel-viewport-change=${(event: Event) => event.stopPropagation()}></archipel-point-map>
            <p><a href=${pagePaths.map}>${t.page.backToMap}</a></p>
          </div>
        </div>
        <section aria-labelledby="history">
          <h2 id="history">${t.page.history}</h2>
          ${this.history === undefined ? html`<p role="status">${t.detail.loading}</p>`
            : this.history.length === 0 ? html`<p>${t.page.noHistory}</p>`
            : html`<ol class="history">${this.history.map((entry) => this.#renderEntry(entry))}</ol>`}
        </section>
      </article>
    `
  }

  #renderEntry(entry: HistoryEntry) {
    const t = mapMessages(this.language)
    const when = entry.decided_at ?? entry.created_at
    return html`<li>
      <h3>${entry.kind === 'create' ? t.page.created : t.page.updated}${when ? html` — <time datetime=${when}>${t.page.date(when)}</time>` : nothing}</h3>
      <archipel-diff language=${this.language} .beforeFields=${entry.kind === 'create' ? null : entry.before ?? null}
        .afterFields=${entry.after ?? null} .categories=${this.categories}></archipel-diff>
    </li>`
  }

  async #load(id: string): Promise<void> {
    this.#request?.abort()
    const request = (this.#request = new AbortController())
    this.initiative = 'loading'
    this.history = undefined
    try {
      const [initiative, history] = await Promise.all([
        this.#api().initiatives.initiative(id, request.signal),
        this.#api().initiatives.history(id, request.signal).catch((error: unknown) => {
          console.error('archipel: history unavailable', error)
          return []
        }),
      ])
      this.initiative = initiative
      this.history = history
    } catch (error) {
      if (request.signal.aborted) return
      this.initiative = error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'not-found' : 'failed'
    }
  }
}
