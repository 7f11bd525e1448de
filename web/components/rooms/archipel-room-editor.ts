/**
 * `<archipel-room-editor>`: the form of a host to add a room (POST
 * /api/rooms) or change one (PATCH /api/rooms/{id}): host organisation,
 * name, description, address, commune, location (a click on the map, or longitude
 * and latitude typed in), capacity, surface, equipment, step-free access,
 * conditions, rules, and whether it is published or hidden.
 *
 * Attributes / properties: `language` (`fr` | `en`), `.room` (Room to
 * change; none: a new room), `.organisations` ({id, name}[]: possible
 * hosts), `.settings` (Settings: area and style of the map), `.roomsApi`.
 * Events: `archipel-room-saved` ({ room }), `archipel-room-editor-close`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import type { Room, RoomsApi } from '../../api/rooms.js'
import type { Bbox, Settings } from '../../api/types.js'
import { EQUIPMENT } from './room-filters.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import type { PointPlaceDetail } from '../map/archipel-point-map.js'
import type { TerritoryChangeDetail } from '../archipel-territory-picker.js'
import { roomFormStyles } from './archipel-room-form.styles.js'
import { archipelRoomEditorStyles } from './archipel-room-editor.styles.js'

export interface RoomSavedDetail { room: Room }

export class ArchipelRoomEditor extends LitElement {
  static override styles = [roomFormStyles, archipelRoomEditorStyles]

  static override properties = {
    language: {},
    room: { attribute: false },
    organisations: { attribute: false },
    settings: { attribute: false },
    roomsApi: { attribute: false },
    point: { state: true },
    sending: { state: true },
    error: { state: true },
  }

  declare language: Language
  declare room: Room | undefined
  declare organisations: { id: string; name: string }[]
  declare settings: Settings | undefined
  declare roomsApi: RoomsApi
  /** [lon, lat] of the room, from the map or the inputs. */
  declare point: [number, number] | undefined
  declare sending: boolean
  declare error: string | undefined

  constructor() {
    super()
    this.language = 'fr'
    this.organisations = []
    this.sending = false
  }

  /** Area shown when the form opens: around the room, else the instance's. */
  #bounds: Bbox | undefined
  /** INSEE code chosen in the commune picker (not a native field). */
  #commune: string | undefined

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('room')) {
      this.point = this.room?.geometry.coordinates as [number, number] | undefined
      this.#commune = this.room?.properties.commune ?? undefined
    }
    if (changed.has('room') || changed.has('settings')) this.#bounds = this.point ? pointBounds(this.point) : this.settings?.map_bounds
  }

  override render() {
    const t = roomMessages(this.language)
    const e = t.editor
    const p = this.room?.properties
    return html`
      <form @submit=${this.#submit}>
        <h3>${p ? e.editTitle(p.name) : e.newTitle}</h3>
        ${p
          ? nothing
          : html`<label class="field">${e.host}
              <select name="host_id" required>
                ${this.organisations.map((organisation) => html`<option value=${organisation.id}>${organisation.name}</option>`)}
              </select></label>`}
        <label class="field">${e.name}<input name="name" required maxlength="200" .value=${p?.name ?? ''}></label>
        <label class="field">${e.description}<textarea name="description" maxlength="10000" .value=${p?.description ?? ''}></textarea></label>
        <label class="field">${e.address}<input name="address" maxlength="500" .value=${p?.address ?? ''}></label>
        <archipel-territory-picker label=${e.commune} types="commune" language=${this.language}
          value=${p?.commune ? `commune:${p.commune}` : ''} @archipel-territory-change=${(event: CustomEvent<TerritoryChangeDetail>) =>
            (this.#commune = event.detail.territory?.code)}></archipel-territory-picker>
        <fieldset>
          <legend>${e.location}</legend>
          <p class="note" id="location-help">${e.locationHelp}</p>
          <archipel-point-map class="picker" language=${this.language}
            .bounds=${this.#bounds}
            style-url=${ifDefined(this.settings?.map_style_url ?? undefined)}
            placing .marker=${this.point}
            @archipel-point-place=${(event: CustomEvent<PointPlaceDetail>) => (this.point = event.detail.coordinates)}
          ></archipel-point-map>
          <div class="row">
            <label class="field">${e.longitude}<input name="lon" type="number" required step="any" min="-180" max="180"
              aria-describedby="location-help" .value=${this.point ? String(this.point[0]) : ''} @change=${this.#typedPoint}></label>
            <label class="field">${e.latitude}<input name="lat" type="number" required step="any" min="-90" max="90"
              aria-describedby="location-help" .value=${this.point ? String(this.point[1]) : ''} @change=${this.#typedPoint}></label>
          </div>
        </fieldset>
        <div class="row">
          <label class="field">${e.capacity}<input name="capacity" type="number" required min="1" step="1" .value=${p ? String(p.capacity) : ''}></label>
          <label class="field">${e.surface}<input name="surface" type="number" min="1" step="any" .value=${p?.surface ? String(p.surface) : ''}></label>
        </div>
        <fieldset>
          <legend>${e.equipment}</legend>
          <div class="choices">
            ${EQUIPMENT.map((item) => html`<label class="check"><input type="checkbox" name="equipment" value=${item}
              .checked=${p?.equipment.includes(item) ?? false}>${t.equipment[item]}</label>`)}
          </div>
        </fieldset>
        <label class="check"><input type="checkbox" name="step_free" .checked=${p?.step_free ?? false}>${e.stepFree}</label>
        <label class="check"><input type="checkbox" name="free" .checked=${p?.free ?? true}>${e.free}</label>
        <label class="field">${e.conditions}<textarea name="conditions" maxlength="5000" .value=${p?.conditions ?? ''}></textarea></label>
        <label class="field">${e.rules}<textarea name="rules" maxlength="10000" .value=${p?.rules ?? ''}></textarea></label>
        <fieldset>
          <legend>${e.status}</legend>
          <label class="check"><input type="radio" name="status" value="published" .checked=${(p?.status ?? 'published') === 'published'}>${e.published}</label>
          <label class="check"><input type="radio" name="status" value="hidden" .checked=${p?.status === 'hidden'}>${e.hidden}</label>
        </fieldset>
        ${this.error ? html`<p class="error" role="alert">${e.failed} ${this.error}</p>` : nothing}
        <div class="row">
          <button type="submit" ?disabled=${this.sending}>${e.save}</button>
          <button type="button" @click=${this.#close}>${e.cancel}</button>
        </div>
      </form>
    `
  }

  #typedPoint(): void {
    const value = (name: string) => Number(this.renderRoot.querySelector<HTMLInputElement>(`input[name=${name}]`)?.value)
    const [lon, lat] = [value('lon'), value('lat')]
    if (Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) this.point = [lon, lat]
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const data = new FormData(event.target as HTMLFormElement)
    const text = (name: string) => String(data.get(name) ?? '').trim()
    const surface = Number(text('surface'))
    const properties = {
      name: text('name'),
      description: text('description'),
      address: text('address'),
      ...(this.#commune ? { commune: this.#commune } : {}),
      capacity: Number(text('capacity')),
      surface: text('surface') !== '' && surface > 0 ? surface : null,
      equipment: data.getAll('equipment').map(String),
      step_free: data.has('step_free'),
      free: data.has('free'),
      conditions: text('conditions'),
      rules: text('rules'),
      status: text('status') === 'hidden' ? 'hidden' as const : 'published' as const,
    }
    const geometry = { type: 'Point' as const, coordinates: [Number(text('lon')), Number(text('lat'))] }
    this.sending = true
    this.error = undefined
    try {
      const room = this.room
        ? await this.roomsApi.updateRoom(this.room.id, { type: 'Feature', geometry, properties })
        : await this.roomsApi.createRoom({ type: 'Feature', geometry, properties: { ...properties, host_id: text('host_id') } })
      this.dispatchEvent(new CustomEvent<RoomSavedDetail>('archipel-room-saved', { detail: { room }, bubbles: true, composed: true }))
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error)
    } finally {
      this.sending = false
    }
  }

  #close(): void {
    this.dispatchEvent(new CustomEvent('archipel-room-editor-close', { bubbles: true, composed: true }))
  }
}

/** A small area around a point, to show where the room stands. */
function pointBounds([lon, lat]: [number, number]): Bbox {
  return [lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01]
}
