/**
 * `<archipel-room-filters>`: the search form of the rooms page: territory, capacity,
 * equipment (all of them), step-free access, free of charge, and "available
 * on a date from/to" in Paris time.
 *
 * Properties: `.filters` (RoomFilters, shown), `language` (`fr` | `en`).
 * Events: `archipel-room-filters-change` ({ filters }): the visitor applied
 * the form (submitted it or cleared it).
 * Parts: `form`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { EQUIPMENT, noFilters, type Equipment, type RoomFilters } from './room-filters.js'
import { isDate, isTime } from './room-time.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import { roomFormStyles } from './archipel-room-form.styles.js'
import type { TerritoryChangeDetail } from '../archipel-territory-picker.js'
import { archipelRoomFiltersStyles } from './archipel-room-filters.styles.js'

export interface RoomFiltersChangeDetail { filters: RoomFilters }

export class ArchipelRoomFilters extends LitElement {
  static override styles = [roomFormStyles, archipelRoomFiltersStyles]

  static override properties = {
    filters: { attribute: false },
    language: {},
    withoutAvailability: { type: Boolean, attribute: 'without-availability' },
  }

  declare filters: RoomFilters
  declare language: Language
  /** No "available on" fields: the share page's widget shows rooms, not their free hours. */
  declare withoutAvailability: boolean

  /** The territory chosen in the picker (not a native field, so not in the form data). */
  #territory: string | undefined

  constructor() {
    super()
    this.filters = noFilters
    this.language = 'fr'
    this.withoutAvailability = false
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filters')) this.#territory = this.filters.territory
  }

  override render() {
    const t = roomMessages(this.language).filters
    const labels = roomMessages(this.language).equipment
    const f = this.filters
    return html`
      <form part="form" aria-label=${t.label} @submit=${this.#submit}>
        <archipel-territory-picker label=${t.territory} language=${this.language}
          value=${f.territory ?? ''} @archipel-territory-change=${(event: CustomEvent<TerritoryChangeDetail>) =>
            (this.#territory = event.detail.territory?.id)}></archipel-territory-picker>
        <div class="field">
          <label for="capacity">${t.capacity}</label>
          <input id="capacity" name="capacity_min" type="number" min="1" step="1" inputmode="numeric"
            .value=${f.capacityMin ? String(f.capacityMin) : ''}>
        </div>
        <fieldset>
          <legend>${t.equipment}</legend>
          <div class="choices">
            ${EQUIPMENT.map((item) => html`
              <label class="check"><input type="checkbox" name="equipment" value=${item}
                .checked=${f.equipment.includes(item)}>${labels[item]}</label>`)}
          </div>
        </fieldset>
        <label class="check"><input type="checkbox" name="step_free" .checked=${f.stepFree}>${t.stepFree}</label>
        <label class="check"><input type="checkbox" name="free" .checked=${f.free}>${t.free}</label>
        ${this.withoutAvailability ? nothing : html`<fieldset>
          <legend>${t.available}</legend>
          <div class="row">
            <input type="date" name="date" aria-label=${t.available} .value=${f.date ?? ''}>
            <label class="field">${t.from} <input type="time" name="from" step="900" .value=${f.from ?? ''}></label>
            <label class="field">${t.to} <input type="time" name="to" step="900" .value=${f.to ?? ''}></label>
          </div>
          <p class="note">${t.timesNote}</p>
        </fieldset>`}
        <div class="row">
          <button type="submit">${t.apply}</button>
          <button type="button" @click=${this.#clear}>${t.clear}</button>
        </div>
      </form>
    `
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault()
    const data = new FormData(event.target as HTMLFormElement)
    const capacity = Number(data.get('capacity_min'))
    const date = String(data.get('date') ?? '')
    const from = String(data.get('from') ?? '')
    const to = String(data.get('to') ?? '')
    const filters: RoomFilters = {
      ...(this.#territory ? { territory: this.#territory } : {}),
      ...(Number.isInteger(capacity) && capacity > 0 ? { capacityMin: capacity } : {}),
      equipment: data.getAll('equipment').map(String) as Equipment[],
      stepFree: data.has('step_free'),
      free: data.has('free'),
      ...(isDate(date) ? { date } : {}),
      ...(isDate(date) && isTime(from) ? { from } : {}),
      ...(isDate(date) && isTime(to) ? { to } : {}),
    }
    this.#announce(filters)
  }

  #clear(): void {
    this.renderRoot.querySelector('form')?.reset()
    this.#announce(noFilters)
  }

  #announce(filters: RoomFilters): void {
    this.filters = filters
    this.dispatchEvent(new CustomEvent<RoomFiltersChangeDetail>('archipel-room-filters-change', { detail: { filters }, bubbles: true, composed: true }))
  }
}
