/**
 * `<archipel-agenda-month-grid>`: a month as a calendar table, weeks from
 * Monday, each day listing its events as links (an event over several days
 * on each of them). The list by day stays the accessible alternative.
 *
 * Keyboard: one day cell is in the tab order (then its links); arrows move
 * between days (leaving the month turns the page), Home/End go to the
 * week's ends, Page Up / Page Down change month.
 *
 * Properties: `year`, `month` (1–12), `.occurrences` (Occurrence[]),
 * `language`, `today` (`YYYY-MM-DD`, marked in the grid), `link-base`
 * (the Archipel server, inside a widget: site-link.ts).
 * Events: `archipel-month-change` ({ year, month }): the visitor asked for
 * another month.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import type { Occurrence } from '../../api/events.js'
import { routePaths } from '../../page-paths.js'
import { siteAnchor } from '../site-link.js'
import { addDays, dayKey, formatDay, formatMonth, isBareDate, parisDay, parisParts } from '../../format/paris-time.js'
import { weekdayName } from '../../format/recurrence-text.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { archipelAgendaMonthGridStyles } from './archipel-agenda-month-grid.styles.js'

export interface MonthChangeDetail { year: number; month: number }

/** Events shown in one cell before "and n more". */
const perDay = 3
const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/** The weeks (Monday first) covering a month, as `YYYY-MM-DD` keys; days of other months included. */
export function monthWeeks(year: number, month: number): string[][] {
  const first = dayKey(year, month, 1)
  const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const weeks: string[][] = []
  for (let start = -offset; start < days; start += 7) {
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(first, start + index)))
  }
  return weeks
}

/** The Paris days an occurrence covers (an end at midnight, or a date, is exclusive). */
export function occurrenceDays(occurrence: Occurrence): string[] {
  const { occurrence_start: start, occurrence_end: end } = occurrence.properties
  const first = parisDay(start)
  const endParts = parisParts(end)
  const exclusive = isBareDate(end) || (endParts.hour === 0 && endParts.minute === 0)
  const last = exclusive ? addDays(parisDay(end), -1) : parisDay(end)
  const days = [first]
  while (days.length < 62 && days.at(-1)! < last) days.push(addDays(days.at(-1)!, 1))
  return days
}

export class ArchipelAgendaMonthGrid extends LitElement {
  static override styles = archipelAgendaMonthGridStyles

  static override properties = {
    year: { type: Number },
    month: { type: Number },
    occurrences: { attribute: false },
    language: {},
    today: {},
    linkBase: { attribute: 'link-base' },
    focusedDay: { state: true },
  }

  declare year: number
  declare month: number
  declare occurrences: Occurrence[]
  declare language: Language
  declare today: string
  declare linkBase: string
  declare focusedDay: string

  /** Set when the keyboard moved the focus, so the new cell takes it once drawn. */
  #moveFocus = false
  /** Set when the keyboard left the month, until the page shows the new one. */
  #turning = false

  constructor() {
    super()
    this.occurrences = []
    this.language = 'fr'
    this.today = ''
    this.linkBase = ''
    this.focusedDay = ''
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inMonth = (day: string) => day.startsWith(dayKey(this.year, this.month, 1).slice(0, 8))
    if ((changed.has('year') || changed.has('month')) && !inMonth(this.focusedDay)) {
      this.focusedDay = inMonth(this.today) ? this.today : dayKey(this.year, this.month, 1)
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Cells are reused when the month turns: focus again once the new month is drawn.
    const turned = this.#turning && (changed.has('year') || changed.has('month'))
    if (!this.#moveFocus && !turned) return
    this.#moveFocus = false
    if (turned) this.#turning = false
    this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.focusedDay}"]`)?.focus()
  }

  override render() {
    const t = agendaMessages(this.language)
    const title = formatMonth(this.year, this.month, this.language)
    const byDay = new Map<string, Occurrence[]>()
    for (const occurrence of this.occurrences) {
      for (const day of occurrenceDays(occurrence)) byDay.set(day, [...(byDay.get(day) ?? []), occurrence])
    }
    const monthPrefix = dayKey(this.year, this.month, 1).slice(0, 8)
    return html`
      <div class="bar">
        <button type="button" class="previous" @click=${() => this.#turn(-1)}>‹ ${t.month.previous}</button>
        <h2 id="month-title">${title}</h2>
        <button type="button" class="next" @click=${() => this.#turn(1)}>${t.month.next} ›</button>
      </div>
      <p class="help" id="month-help">${t.month.help} ${t.month.listAlternative}</p>
      <table aria-labelledby="month-title" aria-describedby="month-help" @keydown=${this.#onKeydown}>
        <thead><tr>${weekdays.map((code) => html`<th scope="col" abbr=${weekdayName(code, this.language)}>
          ${weekdayName(code, this.language).slice(0, 3)}</th>`)}</tr></thead>
        <tbody>${monthWeeks(this.year, this.month).map((week) => html`<tr>${week.map((day) => {
          const events = byDay.get(day) ?? []
          const outside = !day.startsWith(monthPrefix)
          return html`<td data-day=${day} tabindex=${day === this.focusedDay ? 0 : -1}
              class=${[outside ? 'outside' : '', day === this.today ? 'today' : ''].join(' ')}
              aria-label=${formatDay(day, this.language)} @focus=${() => (this.focusedDay = day)}>
            <span class="number" aria-hidden="true">${Number(day.slice(8))}</span>
            ${events.length ? html`<ul>${events.slice(0, perDay).map((occurrence) => html`<li>
              ${siteAnchor(this.linkBase, routePaths.event(occurrence.properties.event_id), occurrence.properties.title,
                occurrence.properties.status === 'cancelled' ? 'cancelled' : '')}</li>`)}
              ${events.length > perDay ? html`<li class="more">${t.month.more(events.length - perDay)}</li>` : nothing}</ul>` : nothing}
          </td>`
        })}</tr>`)}</tbody>
      </table>
    `
  }

  #onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement
    // Inside a cell, links keep their own keys.
    if (target.localName !== 'td') return
    const weekday = (new Date(`${this.focusedDay}T12:00:00Z`).getUTCDay() + 6) % 7
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(this.focusedDay, -1),
      ArrowRight: () => addDays(this.focusedDay, 1),
      ArrowUp: () => addDays(this.focusedDay, -7),
      ArrowDown: () => addDays(this.focusedDay, 7),
      Home: () => addDays(this.focusedDay, -weekday),
      End: () => addDays(this.focusedDay, 6 - weekday),
      PageUp: () => shiftMonth(this.focusedDay, -1),
      PageDown: () => shiftMonth(this.focusedDay, 1),
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    const day = move()
    this.focusedDay = day
    this.#moveFocus = true
    const [year, month] = day.split('-').map(Number) as [number, number]
    if (year !== this.year || month !== this.month) {
      this.#turning = true
      this.#announce(year, month)
    }
  }

  #turn(delta: number): void {
    const date = new Date(Date.UTC(this.year, this.month - 1 + delta, 1))
    this.#announce(date.getUTCFullYear(), date.getUTCMonth() + 1)
  }

  #announce(year: number, month: number): void {
    this.dispatchEvent(new CustomEvent<MonthChangeDetail>('archipel-month-change', { detail: { year, month }, bubbles: true, composed: true }))
  }
}

/** The same day of another month, or that month's last day when it is shorter. */
function shiftMonth(key: string, delta: number): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + delta, 1))
  const length = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  return dayKey(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day, length))
}
