/**
 * `<archipel-room-request-form>`: asks a room for a slot (POST
 * /api/rooms/{id}/loans): date, start and end in Paris time, purpose,
 * number of people (at most the capacity), on behalf of one of the
 * signed-in account's organisations or of a person without account (name
 * and e-mail). Shows the confirmation (with the cancel link for a person
 * without account) or why it failed (409: the slot is taken).
 *
 * Attributes / properties: `language` (`fr` | `en`), `room-id`, `capacity`
 * (number), `date` (YYYY-MM-DD, first value of the date field),
 * `.account` (Account | null), `.roomsApi` (RoomsApi).
 * Events: `archipel-loan-requested` ({ id }): the request was accepted.
 */
import { html, LitElement, nothing } from 'lit'
import { ApiError } from '../../api/client.js'
import type { Account, LoanCreated, LoanRequest, RoomsApi } from '../../api/rooms.js'
import { pagePaths } from '../../page-paths.js'
import { parisInstant } from './room-time.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import { roomFormStyles } from './archipel-room-form.styles.js'

type Outcome =
  | { kind: 'sent'; loan: LoanCreated }
  | { kind: 'error'; message: string }

export class ArchipelRoomRequestForm extends LitElement {
  static override styles = roomFormStyles

  static override properties = {
    language: {},
    roomId: { attribute: 'room-id' },
    capacity: { type: Number },
    date: {},
    account: { attribute: false },
    roomsApi: { attribute: false },
    asOrganisation: { state: true },
    sending: { state: true },
    outcome: { state: true },
  }

  declare language: Language
  declare roomId: string
  declare capacity: number
  declare date: string
  declare account: Account | null
  declare roomsApi: RoomsApi
  declare asOrganisation: boolean | undefined
  declare sending: boolean
  declare outcome: Outcome | undefined

  constructor() {
    super()
    this.language = 'fr'
    this.account = null
    this.sending = false
  }

  override render() {
    const t = roomMessages(this.language).request
    const organisations = this.account?.organisations ?? []
    const asOrganisation = organisations.length > 0 && this.asOrganisation !== false
    return html`
      <form @submit=${this.#submit} aria-describedby="outcome">
        <div class="row">
          <label class="field">${t.date}<input name="date" type="date" required .value=${this.date ?? ''}></label>
          <label class="field">${t.start}<input name="start" type="time" required step="900"></label>
          <label class="field">${t.end}<input name="end" type="time" required step="900"></label>
        </div>
        <p class="note">${t.timesNote}</p>
        <label class="field">${t.purpose}<input name="purpose" required maxlength="500"></label>
        <label class="field">${t.people} (${t.peopleMax(this.capacity)})
          <input name="people" type="number" required min="1" max=${this.capacity} step="1" inputmode="numeric"></label>
        ${organisations.length > 0
          ? html`<fieldset>
              <legend>${t.asWho}</legend>
              <label class="check"><input type="radio" name="as" value="organisation" .checked=${asOrganisation}
                @change=${() => (this.asOrganisation = true)}>${t.asOrganisation}</label>
              <label class="check"><input type="radio" name="as" value="person" .checked=${!asOrganisation}
                @change=${() => (this.asOrganisation = false)}>${t.asPerson}</label>
            </fieldset>`
          : this.account === null
            ? html`<p class="note">${t.signInHint}
                <a href=${`${pagePaths.login}?next=${encodeURIComponent(window.location.pathname)}`}>${t.signIn}</a></p>`
            : nothing}
        ${asOrganisation
          ? html`<label class="field">${t.organisation}
              <select name="organisation">
                ${organisations.map((organisation) => html`<option value=${organisation.id}>${organisation.name}</option>`)}
              </select></label>`
          : html`
              <label class="field">${t.name}<input name="name" required maxlength="200" autocomplete="name"></label>
              <label class="field">${t.email}<input name="email" type="email" required maxlength="254" autocomplete="email"></label>
              <p class="note">${t.emailNote}</p>`}
        <button type="submit" ?disabled=${this.sending}>${this.sending ? t.sending : t.submit}</button>
      </form>
      <div id="outcome" role="status" aria-live="polite">${this.#outcome()}</div>
    `
  }

  #outcome() {
    const t = roomMessages(this.language).request
    if (!this.outcome) return nothing
    if (this.outcome.kind === 'error') return html`<p class="error">${this.outcome.message}</p>`
    const cancelUrl = this.outcome.loan.cancel_url
    return html`<p class="success">${t.sent}</p>
      ${cancelUrl && /^(https?:\/\/|\/[^/])/.test(cancelUrl)
        ? html`<p>${t.cancelLink} <a class="cancel-link" href=${cancelUrl}>${cancelUrl}</a></p>`
        : nothing}`
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const t = roomMessages(this.language).request
    // Read now: once the event is over, its target in a shadow root is gone.
    const form = event.target as HTMLFormElement
    const data = new FormData(form)
    const field = (name: string) => String(data.get(name) ?? '').trim()
    const [date, start, end] = [field('date'), field('start'), field('end')]
    const people = Number(field('people'))
    if (end <= start) return this.#fail(t.endBeforeStart)
    if (people > this.capacity) return this.#fail(t.tooMany(this.capacity))
    const request: LoanRequest = {
      start: parisInstant(date, start),
      end: parisInstant(date, end),
      purpose: field('purpose'),
      people,
      ...(data.has('organisation')
        ? { requester_organisation_id: field('organisation') }
        : { requester_name: field('name'), requester_email: field('email') }),
    }
    this.sending = true
    this.outcome = undefined
    try {
      const loan = await this.roomsApi.requestLoan(this.roomId, request)
      this.outcome = { kind: 'sent', loan }
      form.reset()
      this.dispatchEvent(new CustomEvent('archipel-loan-requested', { detail: { id: loan.id }, bubbles: true, composed: true }))
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) this.#fail(t.conflict)
      else this.#fail(`${t.failed} ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      this.sending = false
    }
  }

  #fail(message: string): void {
    this.outcome = { kind: 'error', message }
  }
}
