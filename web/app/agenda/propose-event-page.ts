/**
 * `<archipel-propose-event-page>`: "Proposer un événement". Every field is
 * labelled; times are read as Paris times and sent as RFC 3339 with the
 * offset of Paris on that date, with `timezone: 'Europe/Paris'`; the
 * repetition becomes an RRULE with excluded dates. The place is a room
 * (naming it does not book it: the form says so), an address with its
 * commune and point (placed on a small map or typed), or an online address.
 * A signed-in member may propose for one of their organisations
 * (`organiser_id`), at its address (`place_initiative_id`): the server then
 * publishes at once (201, with a link to the event's page). Field errors of
 * the answer (problem+json) are shown next to their fields; a 202 says the
 * proposal awaits review.
 *
 * Properties: `.categories` (Category[]), `language`, `.bounds` (Bbox, the
 * area the map shows first). The signed-in account (its organisations) comes
 * from the shell (account-context.ts), the API client from api-context.ts.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit'
import { ApiError } from '../../api/client.js'
import { EVENT_KINDS, type Programme, type RoomChoice } from '../../api/events.js'
import type { Account } from '../../api/initiatives.js'
import type { Bbox, Category } from '../../api/types.js'
import type { PointChangeDetail } from '../../components/map/archipel-point-picker.js'
import type { TerritoryChangeDetail } from '../../components/archipel-territory-picker.js'
import type { ArchipelAgendaRecurrenceFields } from '../../components/agenda/archipel-agenda-recurrence-fields.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { backToAgenda } from './agenda-page-load.js'
import { readEventProposal, type PlaceKind } from './event-proposal-body.js'
import { watchAccount } from '../account-context.js'
import { proposeEventPageStyles } from './propose-event-page.styles.js'
import { pagePaths, routePaths } from '../router.js'
import { consumeApi } from '../../api/api-context.js'


/** The API's field an error names (`properties.title`, `geometry.coordinates`), to the form field that shows it. */
const errorTargets: Record<string, string> = {
  start: 'start_date', end: 'end_date', all_day: 'start_date', timezone: 'start_date',
  geometry: 'location', place_initiative_id: 'place', organiser_id: 'organiser_id', proposer_email: 'proposer_email',
}

export class ArchipelProposeEventPage extends LitElement {
  static override styles = proposeEventPageStyles

  static override properties = {
    categories: { attribute: false },
    language: {},
    rooms: { state: true },
    programmes: { state: true },
    allDay: { state: true },
    free: { state: true },
    placeKind: { state: true },
    commune: { state: true },
    bounds: { attribute: false },
    account: { state: true },
    organiserId: { state: true },
    point: { state: true },
    startDay: { state: true },
    errors: { state: true },
    summary: { state: true },
    sending: { state: true },
    done: { state: true },
  }

  declare categories: Category[]
  declare language: Language
  declare rooms: RoomChoice[]
  declare programmes: Programme[]
  declare allDay: boolean
  declare free: boolean
  declare placeKind: PlaceKind
  /** INSEE code of the commune chosen in the territory search. */
  declare commune: string
  declare bounds: Bbox | undefined
  declare account: Account | null
  readonly #account = watchAccount(this, (account) => (this.account = account))
  /** The chosen organisation of the account; '' for another organiser, named freely. */
  declare organiserId: string
  /** The point of an address, [lon, lat]. */
  declare point: [number, number] | undefined
  declare startDay: string
  /** Messages by form field name. */
  declare errors: Record<string, string>
  declare summary: string
  declare sending: boolean
  declare done: { status: number; id: string | null } | undefined

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.categories = []
    this.language = 'fr'
    this.rooms = []
    this.programmes = []
    this.allDay = false
    this.free = true
    this.placeKind = 'address'
    this.commune = ''
    this.account = null
    this.organiserId = ''
    this.startDay = ''
    this.errors = {}
    this.summary = ''
    this.sending = false
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#api().events.rooms().then((rooms) => (this.rooms = rooms), (error: unknown) => console.error('archipel: rooms unavailable', error))
    this.#api().events.programmes().then((items) => (this.programmes = items), (error: unknown) => console.error('archipel: programmes unavailable', error))
  }

  override render() {
    const t = agendaMessages(this.language).propose
    if (this.done) return this.#renderDone()
    return html`
      <div class="page">
        ${backToAgenda(this.language)}
        <h1>${t.title}</h1>
        <p>${t.intro}</p>
        <div role="alert" class="summary" tabindex="-1">${this.summary ? html`<p>${this.summary}</p>` : nothing}</div>
        <form novalidate @submit=${this.#submit}>
          <fieldset>
            <legend>${t.what}</legend>
            ${this.#field('title', t.fieldTitle, html`<input id="title" name="title" required maxlength="200">`, true)}
            ${this.#field('description', t.description, html`<textarea id="description" name="description" rows="6" maxlength="10000"></textarea>`)}
            ${this.#field('kind', t.kind, html`<select id="kind" name="kind" required>
              ${EVENT_KINDS.map((kind) => html`<option value=${kind}>${agendaMessages(this.language).kinds[kind]}</option>`)}</select>`, true)}
            ${this.categories.length ? html`<fieldset class="choices" id="categories">
              <legend>${t.categories}</legend>
              ${this.categories.map((category) => html`<label class="check"><input type="checkbox" name="categories" value=${category.slug}>
                ${this.language === 'en' ? category.label_en : category.label}</label>`)}
              ${this.#error('categories')}
            </fieldset>` : nothing}
            ${this.account?.organisations.length ? this.#field('organiser_id', t.organisedBy, html`<select id="organiser_id" name="organiser_id"
              @change=${this.#chooseOrganiser}>
              ${this.account.organisations.map((organisation) => html`<option value=${organisation.id} ?selected=${organisation.id === this.organiserId}>${organisation.name}</option>`)}
              <option value="" ?selected=${!this.organiserId}>${t.otherOrganiser}</option></select>`) : nothing}
          </fieldset>
          ${this.#renderWhen()}
          <archipel-agenda-recurrence-fields language=${this.language} start-day=${this.startDay}
            .errors=${{ rrule: this.errors.rrule, exdates: this.errors.exdates }}></archipel-agenda-recurrence-fields>
          ${this.#renderPlace()}
          ${this.#renderDetails()}
          <button type="submit" class="submit" ?disabled=${this.sending}>${this.sending ? t.sending : t.submit}</button>
        </form>
      </div>`
  }

  #renderWhen() {
    const t = agendaMessages(this.language).propose
    return html`<fieldset>
      <legend>${t.whenLegend}</legend>
      <label class="check"><input type="checkbox" name="all_day" .checked=${this.allDay}
        @change=${(event: Event) => (this.allDay = (event.target as HTMLInputElement).checked)}> ${t.allDay}</label>
      <div class="row">
        ${this.#field('start_date', t.startDate, html`<input id="start_date" name="start_date" type="date" required
          @input=${(event: Event) => (this.startDay = (event.target as HTMLInputElement).value)}>`, true)}
        ${this.allDay ? nothing : this.#field('start_time', t.startTime, html`<input id="start_time" name="start_time" type="time" required>`, true)}
      </div>
      <div class="row">
        ${this.#field('end_date', this.allDay ? t.endDateAllDay : t.endDate, html`<input id="end_date" name="end_date" type="date" required min=${this.startDay || nothing}>`, true)}
        ${this.allDay ? nothing : this.#field('end_time', t.endTime, html`<input id="end_time" name="end_time" type="time" required>`, true)}
      </div>
    </fieldset>`
  }

  #renderPlace() {
    const t = agendaMessages(this.language).propose
    const kinds: [PlaceKind, string][] = [
      ['room', t.placeRoom], ...(this.organiserId ? [['organisation', t.placeOrganisation] as [PlaceKind, string]] : []),
      ['address', t.placeAddress], ['online', t.placeOnline]]
    return html`<fieldset id="place">
      <legend>${t.placeLegend}</legend>
      <fieldset class="choices">
        <legend>${t.placeKind}</legend>
        ${kinds.map(([kind, label]) => html`<label class="check"><input type="radio" name="place_kind" value=${kind}
          .checked=${this.placeKind === kind} @change=${() => (this.placeKind = kind)}> ${label}</label>`)}
      </fieldset>
      ${this.#error('place')}
      ${this.placeKind === 'room' ? html`
        ${this.#field('room_id', t.room, html`<select id="room_id" name="room_id" required aria-describedby="room-reminder">
          <option value="">${t.chooseRoom}</option>
          ${this.rooms.map((room) => html`<option value=${room.id}>${room.name} — ${room.address}</option>`)}</select>`, true)}
        <p class="reminder" id="room-reminder">${t.roomReminder}</p>` : nothing}
      ${this.placeKind === 'address' ? html`
        ${this.#field('address', t.address, html`<input id="address" name="address" required maxlength="300" autocomplete="street-address">`, true)}
        <archipel-territory-picker id="commune" class="field" label=${t.commune} types="commune" language=${this.language}
          value=${this.commune ? `commune:${this.commune}` : ''} invalid=${this.errors.commune ?? nothing}
          @archipel-territory-change=${(event: CustomEvent<TerritoryChangeDetail>) => (this.commune = event.detail.territory?.code ?? '')}>
        </archipel-territory-picker>
        <archipel-point-picker id="location" language=${this.language} .api=${this.#api().initiatives} .bounds=${this.bounds}
          .value=${this.point} invalid=${this.errors.location ?? ''}
          @archipel-point-change=${(event: CustomEvent<PointChangeDetail>) => (this.point = event.detail.coordinates)}>
        </archipel-point-picker>` : nothing}
      ${this.placeKind === 'online' ? this.#field('online_url', t.onlineUrl, html`<input id="online_url" name="online_url" type="url" required>`, true) : nothing}
    </fieldset>`
  }

  #renderDetails() {
    const t = agendaMessages(this.language).propose
    return html`<fieldset>
      <legend>${t.detailsLegend}</legend>
      ${this.organiserId ? nothing : this.#field('organiser_name', t.organiserName, html`<input id="organiser_name" name="organiser_name" required maxlength="200" autocomplete="organization">`, true)}
      <label class="check"><input type="checkbox" name="free" .checked=${this.free}
        @change=${(event: Event) => (this.free = (event.target as HTMLInputElement).checked)}> ${t.free}</label>
      ${this.#field('price', t.price, html`<input id="price" name="price" maxlength="200">`)}
      ${this.#field('registration_url', t.registrationUrl, html`<input id="registration_url" name="registration_url" type="url">`)}
      ${this.#field('accessibility', t.accessibility, html`<textarea id="accessibility" name="accessibility" rows="3" maxlength="2000"></textarea>`)}
      ${this.programmes.length ? html`<fieldset class="choices" id="programmes">
        <legend>${t.programmes}</legend>
        ${this.programmes.map((programme) => html`<label class="check"><input type="checkbox" name="programmes" value=${programme.slug}> ${programme.title}</label>`)}
        ${this.#error('programmes')}
      </fieldset>` : nothing}
      ${this.#field('proposer_email', t.email, html`<input id="proposer_email" name="proposer_email" type="email" autocomplete="email">`)}
    </fieldset>`
  }

  /** A labelled field with its error below; the control's id is `name`. */
  #field(name: string, label: string, control: TemplateResult, required = false) {
    const t = agendaMessages(this.language).propose
    return html`<div class="field ${this.errors[name] ? 'invalid' : ''}">
      <label for=${name}>${label}${required ? html` <abbr title=${t.required}>*</abbr>` : nothing}</label>
      ${control}
      ${this.#error(name)}
    </div>`
  }

  #error(name: string) {
    return this.errors[name] ? html`<p class="error" id="error-${name}">${this.errors[name]}</p>` : nothing
  }

  #renderDone() {
    const t = agendaMessages(this.language).propose
    const done = this.done!
    return html`<div class="page">
      <h1>${t.title}</h1>
      <div class="confirmation" role="status" tabindex="-1">
        <p>${done.status === 202 ? t.pending : t.published}</p>
        ${done.status !== 202 && done.id ? html`<p><a href=${routePaths.event(done.id)}>${t.seeEvent}</a></p>` : nothing}
      </div>
      <p><a href=${pagePaths.proposeEvent} @click=${this.#again}>${t.proposeAnother}</a></p>
      <p><a href=${pagePaths.agenda}>${agendaMessages(this.language).event.backToAgenda}</a></p>
    </div>`
  }

  #chooseOrganiser(event: Event): void {
    this.organiserId = (event.target as HTMLSelectElement).value
    if (!this.organiserId && this.placeKind === 'organisation') this.placeKind = 'address'
  }

  #again(event: Event): void {
    event.preventDefault()
    this.done = undefined
    this.commune = ''
    this.point = undefined
    this.errors = {}
    this.summary = ''
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const t = agendaMessages(this.language).propose
    const form = event.target as HTMLFormElement
    const recurrence = this.renderRoot.querySelector<ArchipelAgendaRecurrenceFields>('archipel-agenda-recurrence-fields')
    const { body, errors } = readEventProposal(new FormData(form), {
      allDay: this.allDay, free: this.free, organiserId: this.organiserId, placeKind: this.placeKind,
      commune: this.commune, point: this.point, recurrence: recurrence?.value,
    }, agendaMessages(this.language).propose)
    this.errors = errors
    if (Object.keys(errors).length) return this.#showErrors(t.errorsSummary)
    this.sending = true
    this.summary = ''
    try {
      const answer = await this.#api().events.proposeEvent(body)
      this.done = { status: answer.status, id: typeof answer.body.id === 'string' ? answer.body.id : null }
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus()
    } catch (error) {
      if (error instanceof ApiError && error.problem?.errors?.length) {
        const fieldErrors: Record<string, string> = {}
        for (const item of error.problem.errors) {
          const field = item.field.replace(/^properties\./, '').split('.')[0] || 'place'
          const target = errorTargets[field] ?? field
          fieldErrors[target] = [fieldErrors[target], item.detail].filter(Boolean).join(' ; ')
        }
        this.errors = fieldErrors
        return this.#showErrors(t.errorsSummary)
      }
      console.error('archipel: the proposal was not sent', error)
      this.#showErrors(error instanceof ApiError ? `${t.failed} (${error.message})` : t.failed)
    } finally {
      this.sending = false
    }
  }

  async #showErrors(summary: string): Promise<void> {
    this.summary = summary
    await this.updateComplete
    const first = Object.keys(this.errors)[0]
    const field = first ? this.renderRoot.querySelector<HTMLElement>(`#${first}`) : null
    ;(field ?? this.renderRoot.querySelector<HTMLElement>('.summary'))?.focus()
  }
}
