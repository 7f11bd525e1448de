/**
 * `<archipel-agenda-recurrence-fields>`: how an event repeats, as a person
 * says it — never, every day, every week on chosen days, every month — with
 * an end (a last day or a number of times) and days without it. The form
 * that holds it reads `.value` and turns it into an RRULE with
 * `buildRecurrence` (web/format/recurrence-form.ts).
 *
 * Properties: `language`, `start-day` (`YYYY-MM-DD`, the weekday ticked when
 * "every week" is chosen), `.errors` ({ rrule?, exdates? }: messages from
 * the server, shown next to the fields), `.value` (RecurrenceChoice).
 */
import { html, LitElement, nothing } from 'lit'
import type { RecurrenceChoice, RepeatFrequency } from '../../format/recurrence-form.js'
import { weekdayName, weekdayOf, type WeekdayCode } from '../../format/recurrence-text.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { archipelAgendaRecurrenceFieldsStyles } from './archipel-agenda-recurrence-fields.styles.js'

const weekdays: WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

export class ArchipelAgendaRecurrenceFields extends LitElement {
  static override styles = archipelAgendaRecurrenceFieldsStyles

  static override properties = {
    language: {},
    startDay: { attribute: 'start-day' },
    errors: { attribute: false },
    value: { attribute: false },
  }

  declare language: Language
  declare startDay: string
  declare errors: { rrule?: string; exdates?: string }
  declare value: RecurrenceChoice

  constructor() {
    super()
    this.language = 'fr'
    this.startDay = ''
    this.errors = {}
    this.value = { frequency: 'none', weekdays: [], endKind: 'never', until: '', count: null, exceptions: [] }
  }

  override render() {
    const t = agendaMessages(this.language).propose
    const value = this.value
    const error = (name: 'rrule' | 'exdates') => this.errors[name]
      ? html`<p class="error" id="error-${name}">${this.errors[name]}</p>` : nothing
    return html`
      <fieldset>
        <legend>${t.repeatLegend}</legend>
        <div class="field">
          <label for="frequency">${t.repeat}</label>
          <select id="frequency" aria-describedby=${this.errors.rrule ? 'error-rrule' : nothing}
            @change=${(event: Event) => this.#frequency((event.target as HTMLSelectElement).value as RepeatFrequency)}>
            ${([['none', t.repeatNone], ['daily', t.repeatDaily], ['weekly', t.repeatWeekly], ['monthly', t.repeatMonthly]] as const)
              .map(([option, label]) => html`<option value=${option} ?selected=${value.frequency === option}>${label}</option>`)}
          </select>
        </div>
        ${value.frequency === 'weekly' ? html`
          <fieldset class="days">
            <legend>${t.weekdays}</legend>
            ${weekdays.map((day) => html`<label class="check"><input type="checkbox" name="weekday" value=${day}
              .checked=${value.weekdays.includes(day)} @change=${(event: Event) => this.#toggleDay(day, (event.target as HTMLInputElement).checked)}>
              ${weekdayName(day, this.language)}</label>`)}
          </fieldset>` : nothing}
        ${value.frequency !== 'none' ? html`
          <fieldset class="end">
            <legend>${t.endKind}</legend>
            ${([['never', t.endNever], ['until', t.endUntil], ['count', t.endCount]] as const).map(([kind, label]) => html`
              <label class="check"><input type="radio" name="end-kind" value=${kind} .checked=${value.endKind === kind}
                @change=${() => this.#set({ endKind: kind })}> ${label}</label>`)}
            ${value.endKind === 'until' ? html`<div class="field"><label for="until">${t.untilDate}</label>
              <input id="until" type="date" .value=${value.until} min=${this.startDay || nothing}
                @input=${(event: Event) => this.#set({ until: (event.target as HTMLInputElement).value })}></div>` : nothing}
            ${value.endKind === 'count' ? html`<div class="field"><label for="count">${t.count}</label>
              <input id="count" type="number" min="1" max="1000" .value=${value.count === null ? '' : String(value.count)}
                @input=${(event: Event) => this.#count((event.target as HTMLInputElement).value)}></div>` : nothing}
          </fieldset>
          ${error('rrule')}
          <fieldset class="exceptions">
            <legend>${t.exceptions}</legend>
            ${value.exceptions.map((day, index) => html`<div class="exception">
              <label for="exception-${index}">${t.exceptionDate(index + 1)}</label>
              <input id="exception-${index}" type="date" .value=${day} @input=${(event: Event) => this.#exception(index, (event.target as HTMLInputElement).value)}>
              <button type="button" @click=${() => this.#removeException(index)} aria-label=${t.removeException(day || String(index + 1))}>×</button>
            </div>`)}
            <button type="button" class="add" @click=${this.#addException}>${t.addException}</button>
            ${error('exdates')}
          </fieldset>` : nothing}
      </fieldset>`
  }

  #set(change: Partial<RecurrenceChoice>): void {
    this.value = { ...this.value, ...change }
  }

  #frequency(frequency: RepeatFrequency): void {
    // "Every week" starts with the start's weekday ticked, as people expect.
    const weekdays = frequency === 'weekly' && !this.value.weekdays.length && this.startDay ? [weekdayOf(this.startDay)] : this.value.weekdays
    this.#set({ frequency, weekdays })
  }

  #toggleDay(day: WeekdayCode, checked: boolean): void {
    const chosen = new Set(this.value.weekdays)
    if (checked) chosen.add(day)
    else chosen.delete(day)
    this.#set({ weekdays: weekdays.filter((code) => chosen.has(code)) })
  }

  #count(text: string): void {
    const count = Number.parseInt(text, 10)
    this.#set({ count: Number.isInteger(count) && count > 0 ? count : null })
  }

  #exception(index: number, day: string): void {
    this.#set({ exceptions: this.value.exceptions.map((value, at) => (at === index ? day : value)) })
  }

  #addException(): void {
    this.#set({ exceptions: [...this.value.exceptions, ''] })
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#exception-${this.value.exceptions.length - 1}`)?.focus())
  }

  #removeException(index: number): void {
    this.#set({ exceptions: this.value.exceptions.filter((_, at) => at !== index) })
  }
}
