/**
 * `<archipel-room-page>` (/salles/:id): one room: what it offers, who lends
 * it, its busy slots (week or month, Paris time), its iCal feed and the
 * request form.
 *
 * Attributes / properties: `room-id`, `language` (`fr` | `en`),
 * `.now` (a function giving the current time, for "today").
 * The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { ApiError } from '../../api/client.js'
import { type Account, type Availability, type Room } from '../../api/rooms.js'
import type { RoomPeriodChangeDetail } from '../../components/rooms/archipel-room-calendar.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import { roomPageStyles } from './room-page.styles.js'
import { calendarPeriod, parisInstant, parisToday, type CalendarView } from '../../components/rooms/room-time.js'
import { pagePaths, routePaths } from '../router.js'
import { watchAccount } from '../account-context.js'
import { consumeApi } from '../../api/api-context.js'

export class ArchipelRoomPage extends LitElement {
  static override styles = roomPageStyles

  static override properties = {
    roomId: { attribute: 'room-id' },
    language: {},
    room: { state: true },
    roomStatus: { state: true },
    account: { state: true },
    view: { state: true },
    date: { state: true },
    availability: { state: true },
    availabilityStatus: { state: true },
  }

  declare roomId: string
  declare language: Language
  declare room: Room | undefined
  declare roomStatus: 'loading' | 'ready' | 'not-found' | 'failed'
  declare account: Account | null
  readonly #account = watchAccount(this, (account) => (this.account = account))
  declare view: CalendarView
  declare date: string
  declare availability: Availability | undefined
  declare availabilityStatus: 'loading' | 'ready' | 'failed'

  now: () => Date = () => new Date()
  #availabilityRequest: AbortController | undefined

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.roomStatus = 'loading'
    this.account = null
    this.view = 'week'
    this.availabilityStatus = 'loading'
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roomId') && this.roomId) {
      this.date = parisToday(this.now())
      void this.#loadRoom()
      void this.#loadAvailability()
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#availabilityRequest?.abort()
  }

  override render() {
    const t = roomMessages(this.language)
    if (this.roomStatus !== 'ready' || !this.room) {
      const text = { loading: t.room.loading, 'not-found': t.room.notFound, failed: t.room.failed, ready: '' }[this.roomStatus]
      return html`<section class="page"><p><a href=${pagePaths.rooms}>← ${t.room.back}</a></p>
        <p role=${this.roomStatus === 'loading' ? 'status' : 'alert'}>${text}</p></section>`
    }
    const p = this.room.properties
    const feed = this.#api().rooms.feedUrl(this.room.id)
    const feedUrl = new URL(feed, window.location.href)
    return html`
      <article class="page">
        <p><a href=${pagePaths.rooms}>← ${t.room.back}</a></p>
        <h1>${p.name}</h1>
        ${p.status === 'hidden' ? html`<p class="hidden-note">${t.room.hidden}</p>` : nothing}
        <p class="description">${p.description}</p>
        <dl class="facts">
          <dt>${t.room.host}</dt><dd><a href=${routePaths.initiative(p.host_id)}>${p.host_name}</a></dd>
          <dt>${t.room.address}</dt><dd>${p.address}${p.commune_name && !p.address.includes(p.commune_name) ? `, ${p.commune_name}` : ''}</dd>
          <dt>${t.room.capacity}</dt><dd>${t.list.people(p.capacity)}</dd>
          ${p.surface ? html`<dt>${t.room.surface}</dt><dd>${t.room.squareMetres(p.surface)}</dd>` : nothing}
          <dt>${t.room.equipment}</dt>
          <dd>${p.equipment.length > 0 ? p.equipment.map((item) => t.equipment[item] ?? item).join(', ') : t.room.noEquipment}</dd>
          <dt>${t.room.access}</dt><dd>${p.step_free ? t.room.stepFree : t.room.notStepFree}</dd>
          <dt>${t.room.conditions}</dt><dd>${p.free ? t.room.free : t.room.notFree}${p.conditions ? html`<br>${p.conditions}` : nothing}</dd>
          ${p.rules ? html`<dt>${t.room.rules}</dt><dd class="rules">${p.rules}</dd>` : nothing}
        </dl>
        <section aria-labelledby="availability">
          <h2 id="availability">${t.calendar.title}</h2>
          <archipel-room-calendar language=${this.language} view=${this.view} date=${this.date}
            today=${parisToday(this.now())} status=${this.availabilityStatus} .availability=${this.availability}
            @archipel-room-period-change=${this.#onPeriodChange}></archipel-room-calendar>
          <p class="feeds">
            <a href=${feedUrl.href}>${t.room.feed}</a>
            <a href=${`webcal://${feedUrl.host}${feedUrl.pathname}`}>${t.room.feedWebcal}</a>
          </p>
        </section>
        <section aria-labelledby="request">
          <h2 id="request">${t.request.title}</h2>
          <archipel-room-request-form language=${this.language} room-id=${this.room.id} capacity=${p.capacity}
            date=${this.date} .account=${this.account} .roomsApi=${this.#api().rooms}></archipel-room-request-form>
        </section>
      </article>
    `
  }

  async #loadRoom(): Promise<void> {
    this.roomStatus = 'loading'
    try {
      const room = await this.#api().rooms.room(this.roomId)
      this.room = room
      this.roomStatus = 'ready'
      document.title = `${room.properties.name} — ${roomMessages(this.language).title}`
    } catch (error) {
      this.roomStatus = error instanceof ApiError && error.status === 404 ? 'not-found' : 'failed'
    }
  }


  async #loadAvailability(): Promise<void> {
    this.#availabilityRequest?.abort()
    const request = (this.#availabilityRequest = new AbortController())
    const { first, last } = calendarPeriod(this.view, this.date)
    this.availabilityStatus = 'loading'
    try {
      this.availability = await this.#api().rooms.availability(
        this.roomId, parisInstant(first, '00:00'), parisInstant(last, '00:00'), request.signal)
      this.availabilityStatus = 'ready'
    } catch (error) {
      if (request.signal.aborted) return
      console.error('archipel: availability unavailable', error)
      this.availabilityStatus = 'failed'
    }
  }

  #onPeriodChange(event: CustomEvent<RoomPeriodChangeDetail>): void {
    this.view = event.detail.view
    this.date = event.detail.date
    void this.#loadAvailability()
  }
}
