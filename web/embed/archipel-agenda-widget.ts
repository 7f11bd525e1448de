/**
 * `<archipel-agenda>`: the partner widget of the citizen agenda (SPEC §6):
 * the coming dates matching its attributes, by day (the site's own day
 * list), or a month grid over the same list; each event links to its page
 * in a new tab, and the widget offers the whole agenda and the iCal feed for
 * the same filters. No map: MapLibre is never loaded by it.
 *
 * Attributes: the API's filters `kind`, `category`, `programme`,
 * `territory` (comma-separated) and `q`; `view` (`list`, the default, or
 * `month`); `limit` (dates shown in the list, 20 by default);
 * `heading-level` (of the day headings, 3 by default); `src`, `lang`,
 * `height` (archipel-widget.ts: the list scrolls within it). Changing one
 * updates it.
 * Parts: `events`, `links`, `credit`.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit'
import { feedUrls, searchFromFilters, type AgendaFilters, type Occurrence } from '../api/events.js'
import type { MonthChangeDetail } from '../components/agenda/archipel-agenda-month-grid.js'
import { dayKey, parisDateTime, parisDay } from '../format/paris-time.js'
import { agendaMessages } from '../i18n/agenda.js'
import { pagePaths } from '../page-paths.js'
import { ArchipelWidget, listAttribute } from './archipel-widget.js'
import { embedMessages } from './messages.js'
import { useComponents } from './widget-components.js'
import { archipelAgendaWidgetStyles } from './archipel-agenda-widget.styles.js'
import { widgetStyles } from './widget.styles.js'

export class ArchipelAgendaWidget extends ArchipelWidget {
  static override styles = [widgetStyles, archipelAgendaWidgetStyles]

  static override properties: PropertyDeclarations = {
    kind: {},
    category: {},
    programme: {},
    territory: {},
    q: {},
    view: {},
    limit: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    year: { state: true },
    month: { state: true },
    occurrences: { state: true },
    matched: { state: true },
  }

  protected static override filterProperties = ['kind', 'category', 'programme', 'territory', 'q', 'view', 'limit', 'year', 'month']

  declare kind: string | undefined
  declare category: string | undefined
  declare programme: string | undefined
  declare territory: string | undefined
  declare q: string | undefined
  declare view: string | undefined
  declare limit: number | undefined
  declare headingLevel: number | undefined
  declare year: number
  declare month: number
  declare occurrences: Occurrence[]
  declare matched: number

  constructor() {
    super()
    const [year, month] = today().split('-').map(Number)
    this.year = year!
    this.month = month!
    this.occurrences = []
    this.matched = 0
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed)
    if (!this.hasUpdated || changed.has('view')) useComponents('archipel-agenda-day-list', ...(this.#monthView ? ['archipel-agenda-month-grid' as const] : []))
  }

  get #filters(): AgendaFilters {
    return {
      kind: listAttribute(this.kind), category: listAttribute(this.category), programme: listAttribute(this.programme),
      territory: listAttribute(this.territory), q: this.q?.trim() ?? '',
    }
  }

  get #monthView(): boolean {
    return this.view === 'month'
  }

  protected override async load(signal: AbortSignal): Promise<void> {
    // The list runs from now over the API's default window (three months); the grid covers its month, whole.
    const next = new Date(Date.UTC(this.year, this.month, 1))
    const query = this.#monthView
      ? {
          from: parisDateTime(dayKey(this.year, this.month, 1), '00:00'),
          to: parisDateTime(dayKey(next.getUTCFullYear(), next.getUTCMonth() + 1, 1), '00:00'),
        }
      : { limit: this.limit && this.limit > 0 ? Math.min(this.limit, 500) : 20 }
    const page = await this.api.events.occurrences({ ...query, filters: this.#filters }, signal)
    this.occurrences = page.features
    this.matched = page.numberMatched
  }

  override render() {
    const t = agendaMessages(this.language)
    const own = embedMessages(this.language)
    const search = searchFromFilters(this.#filters).toString()
    const feeds = feedUrls(this.server, this.#filters)
    const status = this.status === 'loading' ? t.list.loading : this.status === 'failed' ? t.list.failed
      : this.occurrences.length === 0 ? t.list.none : t.list.count(this.occurrences.length)
    return html`
      <div class="widget" style=${this.height ? `--archipel-widget-height: ${this.height}` : ''}>
        <div class="events" part="events">
          ${this.#monthView ? html`<archipel-agenda-month-grid year=${this.year} month=${this.month} today=${today()}
            .occurrences=${this.occurrences} language=${this.language} link-base=${this.server}
            @archipel-month-change=${(event: CustomEvent<MonthChangeDetail>) => {
              this.year = event.detail.year
              this.month = event.detail.month
            }}></archipel-agenda-month-grid>` : nothing}
          <p class="status" role="status">${status}</p>
          <archipel-agenda-day-list .occurrences=${this.occurrences} language=${this.language} link-base=${this.server}
            heading-level=${this.headingLevel ?? 3}></archipel-agenda-day-list>
          ${this.status === 'ready' && this.matched > this.occurrences.length ? html`<p class="more">${own.more}</p>` : nothing}
        </div>
        <p class="links" part="links">
          <a href=${`${this.server}${pagePaths.agenda}${search ? `?${search}` : ''}`} target="_blank" rel="noopener">${own.wholeAgenda}<span
            class="visually-hidden"> ${own.newTab}</span></a>
          <a href=${feeds.https} type="text/calendar">${own.subscribe}</a>
        </p>
        ${this.renderCredit()}
      </div>
    `
  }
}

function today(): string {
  return parisDay(new Date().toISOString())
}
