/**
 * `<archipel-agenda-day-list>`: occurrences grouped by day in Paris time,
 * soonest first — the agenda's main view and the month grid's accessible
 * alternative. Each day is a heading ("mardi 3 mars 2026") over a list of
 * the day's occurrences: hours, title (a link to the event's page), kind,
 * place or "En ligne"; a cancelled one stays readable, struck through and
 * marked "Annulé".
 *
 * Properties: `.occurrences` (Occurrence[], by start), `language`,
 * `heading-level` (number, 2 by default: the level of the day headings),
 * `link-base` (the Archipel server, inside a widget: site-link.ts).
 * Parts: `day`, `occurrence`.
 */
import { html, LitElement, nothing } from 'lit'
import type { Occurrence } from '../../api/events.js'
import { routePaths } from '../../page-paths.js'
import { siteAnchor } from '../site-link.js'
import { formatDay, formatTimeRange, isBareDate, parisDay } from '../../format/paris-time.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { archipelAgendaDayListStyles } from './archipel-agenda-day-list.styles.js'
import { placeText } from '../../format/place-text.js'

/** Occurrences by the Paris day they start on, days in order. */
export function groupByDay(occurrences: readonly Occurrence[]): [string, Occurrence[]][] {
  const days = new Map<string, Occurrence[]>()
  for (const occurrence of occurrences) {
    const day = parisDay(occurrence.properties.occurrence_start)
    days.set(day, [...(days.get(day) ?? []), occurrence])
  }
  return [...days].sort(([a], [b]) => a.localeCompare(b))
}

export class ArchipelAgendaDayList extends LitElement {
  static override styles = archipelAgendaDayListStyles

  static override properties = {
    occurrences: { attribute: false },
    language: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    linkBase: { attribute: 'link-base' },
  }

  declare occurrences: Occurrence[]
  declare language: Language
  declare headingLevel: number
  declare linkBase: string

  constructor() {
    super()
    this.occurrences = []
    this.language = 'fr'
    this.headingLevel = 2
    this.linkBase = ''
  }

  override render() {
    const t = agendaMessages(this.language)
    return html`${groupByDay(this.occurrences).map(([day, occurrences]) => html`
      <section part="day" aria-labelledby="day-${day}">
        <div class="day" role="heading" aria-level=${this.headingLevel} id="day-${day}">${formatDay(day, this.language)}</div>
        <ul aria-labelledby="day-${day}">
          ${occurrences.map((occurrence) => this.#renderOccurrence(occurrence, t))}
        </ul>
      </section>`)}`
  }

  #renderOccurrence(occurrence: Occurrence, t: ReturnType<typeof agendaMessages>) {
    const event = occurrence.properties
    const cancelled = event.status === 'cancelled'
    const allDay = isBareDate(event.occurrence_start)
    const place = event.online_url && !event.address ? t.list.online : placeText(event.address, event.commune_name)
    return html`
      <li part="occurrence" class=${cancelled ? 'cancelled' : ''} data-event-id=${event.event_id}>
        <span class="time">${allDay ? t.list.allDay : formatTimeRange(event.occurrence_start, event.occurrence_end, this.language)}</span>
        <span class="what">
          ${cancelled ? html`<strong class="badge">${t.list.cancelled}</strong> ` : nothing}
          ${siteAnchor(this.linkBase, routePaths.event(event.event_id), event.title, 'title')}
          <span class="print-url">${new URL(routePaths.event(event.event_id), this.linkBase || location.href).href}</span>
          <span class="meta">
            <span class="kind">${t.kinds[event.kind] ?? event.kind}</span>
            ${place ? html`<span class="place">${place}</span>` : nothing}
            ${event.online_url && event.address ? html`<span class="place">${t.list.online}</span>` : nothing}
          </span>
        </span>
      </li>`
  }
}
