/**
 * `<archipel-share-page>` ("Partager / intégrer", /integrer): a partner
 * chooses a widget and what it shows — with the same filter forms as the
 * map, agenda and rooms pages, which link here with their current filters —
 * sees it live, and copies the script snippet or the iframe snippet. The
 * choice lives in the address (widget-snippet.ts), so it can be shared.
 *
 * Properties: `.categories` (Category[]), `.settings` (Settings), `language`.
 * The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { consumeApi } from '../../api/api-context.js'
import { filtersFromSearch, searchFromFilters, type Programme } from '../../api/events.js'
import { filtersFromParams, filtersToParams } from '../../api/initiatives.js'
import type { Category, Settings } from '../../api/types.js'
import { filtersFromQuery, filtersToQuery } from '../../components/rooms/room-filters.js'
import type { Language } from '../../i18n/language.js'
import { shareMessages } from '../../i18n/share.js'
import { pagePaths } from '../router.js'
import { sharePageStyles } from './share-page.styles.js'
import {
  choiceFromSearch, iframeSnippet, isCssLength, scriptSnippet, searchFromChoice, WIDGETS, widgetAttributes, widgetTags, widgetViews,
  type WidgetChoice, type WidgetKind,
} from './widget-snippet.js'

type Copied = { snippet: 'script' | 'iframe'; ok: boolean } | undefined

export class ArchipelSharePage extends LitElement {
  static override styles = sharePageStyles

  static override properties = {
    categories: { attribute: false },
    settings: { attribute: false },
    language: {},
    choice: { state: true },
    heightText: { state: true },
    programmes: { state: true },
    copied: { state: true },
  }

  declare categories: Category[]
  declare settings: Settings | undefined
  declare language: Language
  declare choice: WidgetChoice
  /** The height as typed, applied once it is a CSS length. */
  declare heightText: string
  declare programmes: Programme[]
  declare copied: Copied

  readonly #api = consumeApi(this)
  /** The live preview: the widget itself, made once per kind. */
  #preview: HTMLElement | undefined

  constructor() {
    super()
    this.categories = []
    this.language = 'fr'
    this.programmes = []
    this.choice = choiceFromSearch(location.search)
    this.heightText = this.choice.height
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#api().events.programmes().then((programmes) => (this.programmes = programmes), (error: unknown) => {
      console.error('archipel: programmes unavailable', error)
    })
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('choice')) return
    const tag = widgetTags[this.choice.kind]
    if (this.#preview?.localName !== tag) this.#preview = document.createElement(tag)
    for (const name of this.#preview.getAttributeNames()) this.#preview.removeAttribute(name)
    for (const [name, value] of widgetAttributes(this.choice)) this.#preview.setAttribute(name, value)
    this.#preview.setAttribute('lang', this.language)
  }

  override render() {
    const t = shareMessages(this.language)
    const { kind } = this.choice
    const site = this.settings?.site_name ?? 'Archipel'
    const heightValid = isCssLength(this.heightText)
    return html`
      <div class="page">
        <h1>${t.title}</h1>
        <p class="intro">${t.intro}</p>
        <fieldset class="kinds">
          <legend>${t.widget}</legend>
          ${WIDGETS.map((name) => html`<label><input type="radio" name="widget" value=${name} .checked=${name === kind}
            @change=${() => this.#choose({ ...this.choice, kind: name, view: widgetViews[name][0]! })}> ${t.widgets[name]}</label>`)}
        </fieldset>
        <section aria-labelledby="share-filters">
          <h2 id="share-filters">${t.filters}</h2>
          ${this.#renderFilters(kind)}
        </section>
        <section aria-labelledby="share-display" class="display">
          <h2 id="share-display">${t.display}</h2>
          <label for="share-view">${t.view}</label>
          <select id="share-view" @change=${(event: Event) => this.#choose({ ...this.choice, view: (event.target as HTMLSelectElement).value })}>
            ${widgetViews[kind].map((view) => html`<option value=${view} ?selected=${view === this.choice.view}>${t.views[kind === 'agenda' && view === 'list' ? 'days' : view]}</option>`)}
          </select>
          <label for="share-height">${t.height}</label>
          <input id="share-height" .value=${this.heightText} aria-describedby="share-height-help" aria-invalid=${heightValid ? 'false' : 'true'}
            @input=${this.#onHeight}>
          <p id="share-height-help" class=${heightValid ? 'help' : 'help error'}>${heightValid ? t.heightHelp : t.heightInvalid}</p>
        </section>
        <section aria-labelledby="share-preview">
          <h2 id="share-preview">${t.preview}</h2>
          <div class="preview">${this.#preview}</div>
        </section>
        ${this.#renderSnippet('script', t.script, scriptSnippet(location.origin, this.choice), t.scriptHelp)}
        ${this.#renderSnippet('iframe', t.iframe, iframeSnippet(location.origin, this.choice, t.frameTitle(t.widgets[kind], site)))}
      </div>`
  }

  #renderFilters(kind: WidgetKind) {
    const filters = this.choice.filters
    if (kind === 'map') {
      return html`<archipel-map-filters language=${this.language} .filters=${filtersFromParams(filters)} .categories=${this.categories}
        @archipel-filters-change=${(event: CustomEvent) => this.#setFilters(filtersToParams(event.detail.filters))}></archipel-map-filters>`
    }
    if (kind === 'agenda') {
      return html`<archipel-agenda-filters language=${this.language} .filters=${filtersFromSearch(filters)} .categories=${this.categories}
        .programmes=${this.programmes}
        @archipel-filters-change=${(event: CustomEvent) => this.#setFilters(searchFromFilters(event.detail.filters))}></archipel-agenda-filters>`
    }
    return html`<archipel-room-filters without-availability language=${this.language} .filters=${filtersFromQuery(filters)}
      @archipel-room-filters-change=${(event: CustomEvent) => this.#setFilters(filtersToQuery(event.detail.filters))}></archipel-room-filters>`
  }

  #renderSnippet(snippet: 'script' | 'iframe', label: string, code: string, help?: string) {
    const t = shareMessages(this.language)
    const copied = this.copied?.snippet === snippet ? this.copied : undefined
    return html`<section class="snippet">
      <label for="snippet-${snippet}">${label}</label>
      ${help ? html`<p class="help" id="snippet-${snippet}-help">${help}</p>` : nothing}
      <textarea id="snippet-${snippet}" readonly rows=${snippet === 'script' ? 3 : 2} .value=${code}
        aria-describedby=${help ? `snippet-${snippet}-help` : nothing} @focus=${(event: Event) => (event.target as HTMLTextAreaElement).select()}></textarea>
      <button type="button" @click=${() => this.#copy(snippet, code)}>${t.copy}</button>
      <span class="copied" role="status">${copied ? (copied.ok ? t.copied : t.copyFailed) : ''}</span>
    </section>`
  }

  #setFilters(filters: URLSearchParams): void {
    this.#choose({ ...this.choice, filters })
  }

  #onHeight(event: Event): void {
    this.heightText = (event.target as HTMLInputElement).value.trim()
    if (isCssLength(this.heightText)) this.#choose({ ...this.choice, height: this.heightText })
  }

  /** A new choice: written in the address (replacing it: each keystroke is not a page to go back to), then shown. */
  #choose(choice: WidgetChoice): void {
    this.choice = choice
    this.copied = undefined
    history.replaceState(null, '', `${pagePaths.share}?${searchFromChoice(choice)}`)
  }

  async #copy(snippet: 'script' | 'iframe', code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code)
      this.copied = { snippet, ok: true }
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${snippet}`)?.select()
      this.copied = { snippet, ok: false }
    }
  }
}
