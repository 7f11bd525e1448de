/**
 * `<archipel-territory-picker>`: a search field for one territory (commune,
 * EPCI, département, région) over GET /api/territories?q=, as an ARIA 1.2
 * combobox: the list of suggestions is a listbox; arrows move through it,
 * Enter chooses, Escape closes (then clears).
 *
 * Attributes / properties:
 * - `label` (string): the field's visible label.
 * - `placeholder` (string).
 * - `types` (comma-separated, e.g. `commune`): restricts the search.
 * - `value` (string): the chosen territory's id (`departement:37`); set from
 *   outside (a URL), its name is looked up.
 * - `language` (`fr` | `en`). The search goes through the API client of
 *   the context (api-context.ts).
 * - `invalid` (string): an error message shown under the field.
 *
 * Events: `archipel-territory-change` ({ territory: Territory | null }).
 * Parts: `input`, `listbox`, `option`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { ifDefined } from 'lit/directives/if-defined.js'
import { consumeApi } from '../api/api-context.js'
import type { Territory } from '../api/initiatives.js'
import { mapMessages } from '../i18n/map.js'
import type { Language } from '../i18n/language.js'
import { archipelTerritoryPickerStyles } from './archipel-territory-picker.styles.js'

export interface TerritoryChangeDetail { territory: Territory | null }

const searchDelayMs = 200

export class ArchipelTerritoryPicker extends LitElement {
  static override styles = archipelTerritoryPickerStyles
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }

  static override properties = {
    label: {},
    placeholder: {},
    types: {},
    value: {},
    language: {},
    invalid: {},
    text: { state: true },
    options: { state: true },
    open: { state: true },
    active: { state: true },
  }

  declare label: string
  declare placeholder: string
  declare types: string
  declare value: string
  declare language: Language
  declare invalid: string
  declare text: string
  declare options: Territory[]
  declare open: boolean
  declare active: number

  #timer: ReturnType<typeof setTimeout> | undefined
  #request: AbortController | undefined
  /** The id whose name the field shows, so a `value` set from outside is looked up once. */
  #shown = ''
  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.label = ''
    this.placeholder = ''
    this.types = ''
    this.value = ''
    this.language = 'fr'
    this.invalid = ''
    this.text = ''
    this.options = []
    this.open = false
    this.active = -1
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.#timer)
    this.#request?.abort()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this.#shown) {
      this.#shown = this.value
      if (this.value) void this.#nameOf(this.value)
      else this.text = ''
    }
  }

  override render() {
    const t = mapMessages(this.language)
    const activeId = this.open && this.active >= 0 ? `option-${this.active}` : undefined
    return html`
      <label for="input">${this.label}</label>
      <input id="input" part="input" type="text" role="combobox" autocomplete="off"
        aria-autocomplete="list" aria-controls="listbox" aria-expanded=${this.open ? 'true' : 'false'}
        aria-activedescendant=${ifDefined(activeId)} aria-invalid=${this.invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.invalid ? 'error' : undefined)}
        placeholder=${this.placeholder} .value=${this.text}
        @input=${this.#onInput} @keydown=${this.#onKeydown} @blur=${this.#onBlur}>
      <ul id="listbox" part="listbox" role="listbox" aria-label=${this.label} ?hidden=${!this.open}>
        ${repeat(this.options, (option) => option.id, (option, index) => html`
          <li id="option-${index}" part="option" role="option" aria-selected=${index === this.active ? 'true' : 'false'}
            @mousedown=${(event: Event) => event.preventDefault()} @click=${() => this.#choose(option)}>
            <span class="name">${option.name}</span>
            <span class="type">${t.territory.types[option.type] ?? option.type} ${option.type === 'commune' ? option.postal_codes[0] ?? '' : option.code}</span>
          </li>`)}
        ${this.open && this.options.length === 0 ? html`<li class="none" role="option" aria-disabled="true" aria-selected="false">${t.territory.none}</li>` : nothing}
      </ul>
      <p class="live visually-hidden" role="status">${this.open ? t.territory.count(this.options.length) : ''}</p>
      ${this.invalid ? html`<p id="error" class="error">${this.invalid}</p>` : nothing}
    `
  }

  #onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value
    clearTimeout(this.#timer)
    if (!this.text.trim()) {
      this.open = false
      this.options = []
      if (this.value) this.#emit(null)
      return
    }
    this.#timer = setTimeout(() => void this.#search(this.text.trim()), searchDelayMs)
  }

  async #search(q: string): Promise<void> {
    this.#request?.abort()
    const request = (this.#request = new AbortController())
    try {
      this.options = await this.#api().initiatives.territories(q, this.#types(), request.signal)
      // WAI-ARIA combobox (list autocomplete): no option is active until ArrowDown, which lands on the first.
      this.active = -1
      this.open = true
    } catch (error) {
      if (!request.signal.aborted) console.error('archipel: territory search failed', error)
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const count = this.options.length
      if (count === 0) return
      if (!this.open) this.open = true
      // From no option, ArrowDown lands on the first and ArrowUp on the last; both wrap.
      this.active = this.active < 0 ? (event.key === 'ArrowDown' ? 0 : count - 1)
        : (this.active + (event.key === 'ArrowDown' ? 1 : -1) + count) % count
    } else if (event.key === 'Enter' && this.open) {
      event.preventDefault()
      const option = this.options[this.active]
      if (option) this.#choose(option)
    } else if (event.key === 'Escape') {
      if (this.open) {
        event.preventDefault()
        this.open = false
      } else if (this.text) {
        event.preventDefault()
        this.text = ''
        if (this.value) this.#emit(null)
      }
    }
  }

  #onBlur(): void {
    this.open = false
  }

  #choose(territory: Territory): void {
    this.text = territory.name
    this.open = false
    this.#emit(territory)
  }

  #emit(territory: Territory | null): void {
    this.value = territory?.id ?? ''
    this.#shown = this.value
    this.dispatchEvent(new CustomEvent<TerritoryChangeDetail>('archipel-territory-change', {
      detail: { territory }, bubbles: true, composed: true,
    }))
  }

  #types(): string[] {
    return this.types.split(',').map((type) => type.trim()).filter(Boolean)
  }

  /** A territory given by id (from a URL): its name, found by searching its code. */
  async #nameOf(id: string): Promise<void> {
    const [type, code] = id.split(':')
    this.text = id
    if (!type || !code) return
    try {
      const found = await this.#api().initiatives.territories(code, [type])
      const match = found.find((territory) => territory.id === id)
      if (match && this.value === id) this.text = match.name
    } catch (error) {
      console.error('archipel: territory lookup failed', error)
    }
  }
}
