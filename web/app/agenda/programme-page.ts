/**
 * `<archipel-programme-page>`: a programme ("Mois de l'ESS 2026") — title,
 * dates, description, every occurrence of its events between its dates,
 * by day, and its feed (https and webcal). Printing gives a clean paper
 * programme (see the print rules of programme-page.styles.ts and of the
 * day list).
 *
 * Properties: `slug`, `language`. The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { type Occurrence, type Programme } from '../../api/events.js'
import { addDays, formatDay, parisDateTime } from '../../format/paris-time.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { programmePageStyles } from './programme-page.styles.js'
import { AgendaPageLoad, backToAgenda, statusPage, type LoadStatus } from './agenda-page-load.js'
import { consumeApi } from '../../api/api-context.js'

export class ArchipelProgrammePage extends LitElement {
  static override styles = programmePageStyles

  static override properties = {
    slug: {},
    language: {},
    programme: { state: true },
    occurrences: { state: true },
    status: { state: true },
  }

  declare slug: string
  declare language: Language
  declare programme: Programme | undefined
  declare occurrences: Occurrence[]
  declare status: LoadStatus

  readonly #loader = new AgendaPageLoad(this, 'programme')

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.occurrences = []
    this.status = 'loading'
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('slug') && this.slug) void this.#load()
  }

  protected override updated(): void {
    if (this.programme) document.title = this.programme.title
  }

  override render() {
    const t = agendaMessages(this.language)
    const programme = this.programme
    if (!programme) return statusPage(this.language, this.status, t.programme)
    const feed = `${location.origin}/feeds/programmes/${encodeURIComponent(programme.slug)}.ics`
    return html`
      <article class="page">
        ${backToAgenda(this.language)}
        <h1>${programme.title}</h1>
        <p class="dates">${t.programme.dates(formatDay(programme.start_date, this.language), formatDay(programme.end_date, this.language))}</p>
        ${programme.description ? html`<p class="description">${programme.description}</p>` : nothing}
        <div class="tools">
          <button type="button" @click=${() => window.print()}>${t.programme.print}</button>
        </div>
        <archipel-agenda-subscribe class="subscribe" url=${feed} heading=${t.programme.subscribe} language=${this.language}></archipel-agenda-subscribe>
        <h2>${t.programme.events}</h2>
        <p class="count" role="status">${this.status === 'loading' ? t.list.loading
          : this.status === 'failed' ? t.list.failed : t.programme.count(new Set(this.occurrences.map((o) => o.properties.event_id)).size)}</p>
        <archipel-agenda-day-list .occurrences=${this.occurrences} language=${this.language} heading-level="3"></archipel-agenda-day-list>
        <p class="print-source">${location.href}</p>
      </article>`
  }

  #load(): Promise<void> {
    return this.#loader.load(async (signal) => {
      const programme = await this.#api().events.programme(this.slug, signal)
      this.programme = programme
      // Every occurrence within the programme's days, in Paris.
      const page = await this.#api().events.occurrences({
        from: parisDateTime(programme.start_date, '00:00'),
        to: parisDateTime(addDays(programme.end_date, 1), '00:00'),
        filters: { kind: [], category: [], programme: [programme.slug], territory: [], q: '' },
      }, signal)
      this.occurrences = page.features
    })
  }
}
