/**
 * `<archipel-agenda-page>`: the citizen agenda — filters, the occurrences
 * as a list by day (from today, three months) or as a month grid, and the
 * subscription box for the same filters. Filters, view and month live in
 * the address (`/agenda?kind=atelier&view=month&month=2026-03`), so a page
 * can be shared, bookmarked, and Back undoes a filter.
 *
 * Properties: `.categories` (Category[]), `language`.
 * The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing } from 'lit'
import {
  feedUrls, filtersFromSearch, searchFromFilters,
  type AgendaFilters, type Occurrence, type Programme,
} from '../../api/events.js'
import type { Category } from '../../api/types.js'
import type { FiltersChangeDetail } from '../../components/agenda/archipel-agenda-filters.js'
import type { MonthChangeDetail } from '../../components/agenda/archipel-agenda-month-grid.js'
import { dayKey, formatDay, parisDateTime, parisDay } from '../../format/paris-time.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { agendaPageStyles } from './agenda-page.styles.js'
import { pagePaths, routePaths } from '../router.js'
import { consumeApi } from '../../api/api-context.js'
import { shareMessages } from '../../i18n/share.js'
import { sharePath } from '../share/widget-snippet.js'

export type AgendaView = 'list' | 'month'

/** What the address says beyond the filters: the view, and the month shown. */
export interface AgendaState {
  filters: AgendaFilters
  view: AgendaView
  year: number
  month: number
}

export function agendaStateFromSearch(search: string, today: string): AgendaState {
  const params = new URLSearchParams(search)
  const match = /^(\d{4})-(\d{2})$/.exec(params.get('month') ?? '')
  const month = match && Number(match[2]) >= 1 && Number(match[2]) <= 12 ? match : /^(\d{4})-(\d{2})/.exec(today)!
  return {
    filters: filtersFromSearch(params),
    view: params.get('view') === 'month' ? 'month' : 'list',
    year: Number(month[1]),
    month: Number(month[2]),
  }
}

export function agendaPath(state: AgendaState): string {
  const params = searchFromFilters(state.filters)
  if (state.view === 'month') {
    params.set('view', 'month')
    params.set('month', dayKey(state.year, state.month, 1).slice(0, 7))
  }
  const query = params.toString()
  return query ? `${pagePaths.agenda}?${query}` : pagePaths.agenda
}

export class ArchipelAgendaPage extends LitElement {
  static override styles = agendaPageStyles

  static override properties = {
    categories: { attribute: false },
    language: {},
    state: { state: true },
    occurrences: { state: true },
    matched: { state: true },
    programmes: { state: true },
    status: { state: true },
  }

  declare categories: Category[]
  declare language: Language
  declare state: AgendaState
  declare occurrences: Occurrence[]
  declare matched: number
  declare programmes: Programme[]
  declare status: 'loading' | 'ready' | 'failed'

  #request: AbortController | undefined
  /** The address whose occurrences are shown or loading. */
  #shownPath: string | undefined
  #onPopState = () => this.#readAddress()

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.categories = []
    this.language = 'fr'
    this.occurrences = []
    this.matched = 0
    this.programmes = []
    this.status = 'loading'
    this.state = agendaStateFromSearch('', today())
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('popstate', this.#onPopState)
    this.#readAddress()
    this.#api().events.programmes().then((programmes) => (this.programmes = programmes), (error: unknown) => {
      console.error('archipel: programmes unavailable', error)
    })
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('popstate', this.#onPopState)
    this.#request?.abort()
  }

  override render() {
    const t = agendaMessages(this.language)
    const feeds = feedUrls(location.origin, this.state.filters)
    const view = (name: AgendaView, label: string) => html`
      <button type="button" aria-pressed=${this.state.view === name ? 'true' : 'false'} @click=${() => this.#go({ ...this.state, view: name })}>${label}</button>`
    return html`
      <div class="page">
        <div class="heading">
          <h1>${t.title}</h1>
          <nav aria-label=${t.agendaNavigation}><a class="propose" href=${pagePaths.proposeEvent}>${t.proposeLink}</a>
            <a class="share" href=${sharePath('agenda', searchFromFilters(this.state.filters))}>${shareMessages(this.language).link}</a></nav>
        </div>
        <p class="intro">${t.intro}</p>
        <archipel-agenda-filters .filters=${this.state.filters} .categories=${this.categories} .programmes=${this.programmes}
          language=${this.language} @archipel-filters-change=${this.#onFilters}></archipel-agenda-filters>
        <div class="columns">
          <div class="results">
            <div class="views" role="group" aria-label=${t.views.label}>${view('list', t.views.list)}${view('month', t.views.month)}</div>
            <p class="status ${this.status}" role="status">${this.status === 'loading' ? t.list.loading
              : this.status === 'failed' ? t.list.failed : t.list.count(this.occurrences.length)}</p>
            ${this.status === 'ready' && this.matched > this.occurrences.length ? html`<p class="note">${t.list.truncated}</p>` : nothing}
            ${this.state.view === 'month'
              ? html`<archipel-agenda-month-grid year=${this.state.year} month=${this.state.month} today=${today()}
                  .occurrences=${this.occurrences} language=${this.language} @archipel-month-change=${this.#onMonth}></archipel-agenda-month-grid>`
              : nothing}
            ${this.status === 'ready' && this.occurrences.length === 0 ? html`<p>${t.list.none}</p>` : nothing}
            <archipel-agenda-day-list .occurrences=${this.occurrences} language=${this.language}
              heading-level=${this.state.view === 'month' ? 3 : 2}></archipel-agenda-day-list>
          </div>
          <aside>
            <archipel-agenda-subscribe url=${feeds.https} atom=${feeds.atom} language=${this.language}></archipel-agenda-subscribe>
            ${this.#renderProgrammes()}
          </aside>
        </div>
      </div>`
  }

  /** The programmes not over yet, soonest first: each leads to its page, which covers its whole period. */
  #renderProgrammes() {
    const t = agendaMessages(this.language)
    const day = today()
    const coming = this.programmes.filter((programme) => programme.end_date >= day)
      .sort((a, b) => a.start_date.localeCompare(b.start_date))
    if (coming.length === 0) return nothing
    return html`<nav class="programmes" aria-labelledby="current-programmes">
      <h2 id="current-programmes">${t.currentProgrammes}</h2>
      <ul>${coming.map((programme) => html`<li>
        <a href=${routePaths.programme(programme.slug)}>${programme.title}</a>
        <span class="dates">${t.programme.dates(formatDay(programme.start_date, this.language, false), formatDay(programme.end_date, this.language))}</span>
      </li>`)}</ul>
    </nav>`
  }

  #onFilters(event: CustomEvent<FiltersChangeDetail>): void {
    this.#go({ ...this.state, filters: event.detail.filters })
  }

  #onMonth(event: CustomEvent<MonthChangeDetail>): void {
    this.#go({ ...this.state, year: event.detail.year, month: event.detail.month })
  }

  /** A new state: written in the address (Back undoes it), then shown. */
  #go(state: AgendaState): void {
    const path = agendaPath(state)
    if (path !== location.pathname + location.search) history.pushState(null, '', path)
    this.#show(state)
  }

  #readAddress(): void {
    if (location.pathname !== pagePaths.agenda) return
    this.#show(agendaStateFromSearch(location.search, today()))
  }

  #show(state: AgendaState): void {
    const path = agendaPath(state)
    this.state = state
    if (path === this.#shownPath) return
    this.#shownPath = path
    void this.#load()
  }

  async #load(): Promise<void> {
    this.#request?.abort()
    const request = new AbortController()
    this.#request = request
    this.status = 'loading'
    const { view, year, month, filters } = this.state
    // The list runs from now over the API's default window; the grid covers its month.
    const next = new Date(Date.UTC(year, month, 1))
    const range = view === 'month'
      ? {
          from: parisDateTime(dayKey(year, month, 1), '00:00'),
          to: parisDateTime(dayKey(next.getUTCFullYear(), next.getUTCMonth() + 1, 1), '00:00'),
        }
      : {}
    try {
      const page = await this.#api().events.occurrences({ ...range, filters }, request.signal)
      this.occurrences = page.features
      this.matched = page.numberMatched
      this.status = 'ready'
    } catch (error) {
      if (request.signal.aborted) return
      console.error('archipel: events unavailable', error)
      this.occurrences = []
      this.status = 'failed'
    }
  }
}

function today(): string {
  return parisDay(new Date().toISOString())
}
