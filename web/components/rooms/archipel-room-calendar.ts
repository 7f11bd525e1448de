/**
 * `<archipel-room-calendar>`: a room's busy slots over a week (Monday
 * first) or a month, in Paris time, with previous/next and a week/month
 * toggle; the same slots follow as a plain list for screen readers.
 *
 * Attributes / properties: `language` (`fr` | `en`), `view` (`week` |
 * `month`), `date` (YYYY-MM-DD: a day of the period shown), `today`
 * (YYYY-MM-DD), `status` (`loading` | `ready` | `failed`),
 * `.availability` (Availability of the period).
 * Events: `archipel-room-period-change` ({ view, date }): the visitor asked
 * for another period; the owner fetches it and sets `date`/`view`.
 * Parts: `grid`, `busy-list`.
 */
import { html, LitElement, nothing } from 'lit'
import type { Availability } from '../../api/rooms.js'
import { formatWhen } from '../../format/paris-time.js'
import { calendarPeriod, daysBetween, shiftPeriod, slotsByDay, weekStart, type CalendarView, type DaySlot } from './room-time.js'
import type { Language } from '../../i18n/language.js'
import { formatDate, roomMessages } from '../../i18n/rooms.js'
import { archipelRoomCalendarStyles } from './archipel-room-calendar.styles.js'

export interface RoomPeriodChangeDetail { view: CalendarView; date: string }

export class ArchipelRoomCalendar extends LitElement {
  static override styles = archipelRoomCalendarStyles

  static override properties = {
    language: {},
    view: {},
    date: {},
    today: {},
    status: {},
    availability: { attribute: false },
  }

  declare language: Language
  declare view: CalendarView
  declare date: string
  declare today: string
  declare status: 'loading' | 'ready' | 'failed'
  declare availability: Availability | undefined

  constructor() {
    super()
    this.language = 'fr'
    this.view = 'week'
    this.status = 'loading'
  }

  override render() {
    const t = roomMessages(this.language).calendar
    const { first, last } = calendarPeriod(this.view, this.date)
    const busy = this.status === 'ready' ? this.availability?.busy ?? [] : []
    const days = daysBetween(first, last)
    const slots = slotsByDay(days, busy)
    const week = this.view === 'week'
    const heading = week
      ? t.weekOf(formatDate(first, this.language, { day: 'numeric', month: 'long', year: 'numeric' }))
      : formatDate(first, this.language, { month: 'long', year: 'numeric' })
    return html`
      <div class="toolbar">
        <button type="button" @click=${() => this.#go(this.view, shiftPeriod(this.view, this.date, -1))}>
          ‹ ${week ? t.previousWeek : t.previousMonth}</button>
        <button type="button" @click=${() => this.#go(this.view, this.today)}>${t.today}</button>
        <button type="button" @click=${() => this.#go(this.view, shiftPeriod(this.view, this.date, 1))}>
          ${week ? t.nextWeek : t.nextMonth} ›</button>
        <div role="group" aria-label=${t.view} class="views">
          <button type="button" aria-pressed=${week} @click=${() => this.#go('week', this.date)}>${t.week}</button>
          <button type="button" aria-pressed=${!week} @click=${() => this.#go('month', this.date)}>${t.month}</button>
        </div>
      </div>
      <h3 class="period" aria-live="polite">${heading}</h3>
      ${this.status === 'loading' ? html`<p role="status">${t.loading}</p>` : nothing}
      ${this.status === 'failed' ? html`<p role="alert" class="error">${t.failed}</p>` : nothing}
      ${week ? this.#week(days, slots) : this.#month(first, last, slots)}
      <p class="note">${t.timesNote}</p>
      <h3>${t.busyList}</h3>
      ${busy.length === 0 && this.status === 'ready'
        ? html`<p>${t.noBusy}</p>`
        : html`<ul part="busy-list" aria-label=${t.busyList} class="busy-list">
            ${busy.map((interval) => html`<li>${formatWhen(interval.start, interval.end, false, this.language)}</li>`)}
          </ul>`}
    `
  }

  #week(days: string[], slots: Map<string, DaySlot[]>) {
    const t = roomMessages(this.language).calendar
    return html`
      <ol class="week" part="grid" aria-hidden="true">
        ${days.map((day) => html`
          <li class=${day === this.today ? 'day today' : 'day'}>
            <span class="day-name">${formatDate(day, this.language, { weekday: 'short', day: 'numeric', month: 'short' })}</span>
            ${(slots.get(day) ?? []).length === 0
              ? html`<span class="free">${t.free}</span>`
              : (slots.get(day) ?? []).map((slot) => html`<span class="slot">${slot.start}–${slot.end} ${t.busy}</span>`)}
          </li>`)}
      </ol>`
  }

  #month(first: string, last: string, slots: Map<string, DaySlot[]>) {
    const gridDays = daysBetween(weekStart(first), last)
    return html`
      <div class="month" part="grid" aria-hidden="true">
        ${gridDays.slice(0, 7).map((day) => html`<span class="weekday">${formatDate(day, this.language, { weekday: 'short' })}</span>`)}
        ${gridDays.map((day) => day < first
          ? html`<span class="blank"></span>`
          : html`<span class=${day === this.today ? 'cell today' : 'cell'}>
              <span class="day-number">${Number(day.slice(8))}</span>
              ${(slots.get(day) ?? []).map((slot) => html`<span class="slot">${slot.start}–${slot.end}</span>`)}
            </span>`)}
      </div>`
  }

  #go(view: CalendarView, date: string): void {
    this.dispatchEvent(new CustomEvent<RoomPeriodChangeDetail>('archipel-room-period-change', { detail: { view, date }, bubbles: true, composed: true }))
  }
}
