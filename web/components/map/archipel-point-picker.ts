/**
 * `<archipel-point-picker>`: where a proposed place is. Three ways, all
 * equal: click on the map (or drag the marker), type the longitude and
 * latitude (the keyboard way), or ask the browser's geolocation; and, when
 * the instance has a geocoder, search the address.
 *
 * Attributes / properties:
 * - `language` (`fr` | `en`).
 * - `.value` ([lon, lat] | undefined): the point.
 * - `.bounds` (Bbox): the area the map shows first.
 * - `no-map` (boolean): coordinates only (the correction form).
 * - `geocoder` (boolean): offer the address search (GET /api/geocode).
 * - `.api` (InitiativeApi), `invalid` (error message).
 *
 * Events: `archipel-point-change` ({ coordinates, address?, commune? }):
 * the point moved; an address search also gives the address and commune.
 */
import { html, LitElement, nothing } from 'lit'
import type { GeocodedAddress, InitiativeApi } from '../../api/initiatives.js'
import type { Bbox } from '../../api/types.js'
import type { Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import type { PointPlaceDetail } from './archipel-point-map.js'
import { archipelPointPickerStyles } from './archipel-point-picker.styles.js'

export interface PointChangeDetail { coordinates: [number, number]; address?: string; commune?: string | null }

export class ArchipelPointPicker extends LitElement {
  static override styles = archipelPointPickerStyles

  static override properties = {
    language: {},
    value: { attribute: false },
    bounds: { attribute: false },
    noMap: { type: Boolean, attribute: 'no-map' },
    geocoder: { type: Boolean },
    api: { attribute: false },
    invalid: {},
    locating: { state: true },
    notice: { state: true },
    addresses: { state: true },
  }

  declare language: Language
  declare value: [number, number] | undefined
  declare bounds: Bbox | undefined
  declare noMap: boolean
  declare geocoder: boolean
  declare api: InitiativeApi
  declare invalid: string
  declare locating: boolean
  declare notice: string
  declare addresses: GeocodedAddress[] | undefined

  constructor() {
    super()
    this.language = 'fr'
    this.noMap = false
    this.geocoder = false
    this.invalid = ''
    this.locating = false
    this.notice = ''
  }

  override render() {
    const t = mapMessages(this.language)
    const [lon, lat] = this.value ?? []
    return html`
      <fieldset aria-describedby="help">
        <legend>${t.form.location}</legend>
        <p id="help" class="help">${t.form.locationHelp}</p>
        ${this.geocoder ? this.#renderAddressSearch() : nothing}
        ${this.noMap ? nothing : html`
          <archipel-point-map placing language=${this.language} .bounds=${this.bounds} .marker=${this.value}
            @archipel-point-place=${(event: CustomEvent<PointPlaceDetail>) => this.#change({ coordinates: event.detail.coordinates })}
            @archipel-viewport-change=${(event: Event) => event.stopPropagation()}></archipel-point-map>`}
        <div class="coordinates">
          <div>
            <label for="lon">${t.form.longitude}</label>
            <input id="lon" name="lon" type="number" step="any" min="-180" max="180" .value=${lon === undefined ? '' : String(lon)}
              aria-invalid=${this.invalid ? 'true' : 'false'} @change=${this.#onTyped}>
          </div>
          <div>
            <label for="lat">${t.form.latitude}</label>
            <input id="lat" name="lat" type="number" step="any" min="-90" max="90" .value=${lat === undefined ? '' : String(lat)}
              aria-invalid=${this.invalid ? 'true' : 'false'} @change=${this.#onTyped}>
          </div>
          ${'geolocation' in navigator ? html`<button type="button" ?disabled=${this.locating} @click=${this.#locate}>
            ${this.locating ? t.form.locating : t.form.locate}</button>` : nothing}
        </div>
        ${this.invalid ? html`<p class="error">${this.invalid}</p>` : nothing}
        <p class="help" role="status">${this.notice}</p>
      </fieldset>
    `
  }

  #renderAddressSearch() {
    const t = mapMessages(this.language)
    return html`
      <div class="address-search">
        <label for="address-q">${t.form.addressSearch}</label>
        <div class="row">
          <input id="address-q" type="search" autocomplete="street-address"
            @keydown=${(event: KeyboardEvent) => { if (event.key === 'Enter') { event.preventDefault(); void this.#geocode() } }}>
          <button type="button" @click=${() => void this.#geocode()}>${t.form.addressSearch}</button>
        </div>
        ${this.addresses ? html`
          <ul aria-label=${t.form.addressResults}>
            ${this.addresses.length === 0 ? html`<li>${t.form.addressNone}</li>` : nothing}
            ${this.addresses.map((found) => html`<li><button type="button" class="link" @click=${() => this.#chooseAddress(found)}>${found.label}</button></li>`)}
          </ul>` : nothing}
      </div>
    `
  }

  #onTyped(): void {
    const lon = Number(this.renderRoot.querySelector<HTMLInputElement>('#lon')?.value)
    const lat = Number(this.renderRoot.querySelector<HTMLInputElement>('#lat')?.value)
    const lonText = this.renderRoot.querySelector<HTMLInputElement>('#lon')?.value.trim()
    const latText = this.renderRoot.querySelector<HTMLInputElement>('#lat')?.value.trim()
    if (!lonText || !latText || !Number.isFinite(lon) || !Number.isFinite(lat)) return
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return
    this.#change({ coordinates: [lon, lat] })
  }

  #locate(): void {
    const t = mapMessages(this.language)
    this.locating = true
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = false
        this.notice = ''
        const coordinates: [number, number] = [position.coords.longitude, position.coords.latitude]
        this.#change({ coordinates })
        this.renderRoot.querySelector('archipel-point-map')?.flyTo(coordinates)
      },
      () => {
        this.locating = false
        this.notice = t.form.locateFailed
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    )
  }

  async #geocode(): Promise<void> {
    const q = this.renderRoot.querySelector<HTMLInputElement>('#address-q')?.value.trim() ?? ''
    if (q.length < 3) return
    try {
      this.addresses = await this.api.geocode(q)
    } catch (error) {
      console.error('archipel: address search failed', error)
      this.addresses = []
    }
  }

  #chooseAddress(found: GeocodedAddress): void {
    this.addresses = undefined
    this.#change({ coordinates: found.coordinates, address: found.label, commune: found.commune })
    this.renderRoot.querySelector('archipel-point-map')?.flyTo(found.coordinates)
  }

  #change(detail: PointChangeDetail): void {
    this.value = detail.coordinates
    this.dispatchEvent(new CustomEvent<PointChangeDetail>('archipel-point-change', { detail, bubbles: true, composed: true }))
  }
}

