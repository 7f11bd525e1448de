/**
 * `<archipel-room-loan-inbox>`: a list of loans. In `requests` mode (a
 * host's pending requests), each can be approved or declined with a message
 * (POST /api/loans/{id}/approve | decline); in `history` mode, every loan
 * with its status; in `own` mode (the account's own requests), each one
 * still pending or approved can be cancelled.
 *
 * Attributes / properties: `language` (`fr` | `en`), `mode` (`requests` |
 * `history` | `own`), `.loans` (Loan[]), `.roomsApi` (RoomsApi).
 * Events: `archipel-loan-decided` ({ loan }): a request was answered or cancelled.
 * Parts: `list`, `item`.
 */
import { html, LitElement, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { ApiError } from '../../api/client.js'
import type { Loan, RoomsApi } from '../../api/rooms.js'
import { formatWhen } from '../../format/paris-time.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import { roomFormStyles } from './archipel-room-form.styles.js'
import { archipelRoomLoanInboxStyles } from './archipel-room-loan-inbox.styles.js'

export interface LoanDecidedDetail { loan: Loan }

export class ArchipelRoomLoanInbox extends LitElement {
  static override styles = [roomFormStyles, archipelRoomLoanInboxStyles]

  static override properties = {
    language: {},
    mode: {},
    loans: { attribute: false },
    roomsApi: { attribute: false },
    busy: { state: true },
    errors: { state: true },
  }

  declare language: Language
  declare mode: 'requests' | 'history' | 'own'
  declare loans: Loan[]
  declare roomsApi: RoomsApi
  /** The loan being answered, while its request travels. */
  declare busy: string | undefined
  declare errors: Record<string, string>

  constructor() {
    super()
    this.language = 'fr'
    this.mode = 'requests'
    this.loans = []
    this.errors = {}
  }

  override render() {
    const t = roomMessages(this.language)
    const [label, none] = { requests: [t.mine.inbox, t.mine.noRequests], history: [t.mine.history, t.mine.noHistory], own: [t.mine.own, t.mine.noOwn] }[this.mode]
    if (this.loans.length === 0) return html`<p>${none}</p>`
    return html`
      <ul part="list" aria-label=${label}>
        ${repeat(this.loans, (loan) => loan.id, (loan) => html`
          <li part="item" data-id=${loan.id} data-status=${loan.status}>
            <p class="head">
              <strong>${loan.room_name}</strong>
              <span class="when">${formatWhen(loan.start, loan.end, false, this.language)}</span>
              ${this.mode !== 'requests' ? html`<span class="status ${loan.status}">${t.loans.status[loan.status]}</span>` : nothing}
            </p>
            <dl>
              <dt>${t.loans.who}</dt><dd>${requester(loan)}</dd>
              <dt>${t.loans.purpose}</dt><dd class="purpose">${loan.purpose}</dd>
              <dt>${t.loans.people}</dt><dd>${loan.people}</dd>
              ${loan.decision_message && this.mode !== 'requests'
                ? html`<dt>${t.loans.message}</dt><dd class="purpose">${loan.decision_message}</dd>`
                : nothing}
            </dl>
            ${this.mode === 'requests' ? this.#decision(loan) : nothing}
            ${this.mode === 'own' && (loan.status === 'requested' || loan.status === 'approved') ? this.#cancel(loan) : nothing}
          </li>`)}
      </ul>
    `
  }

  #decision(loan: Loan) {
    const t = roomMessages(this.language).loans
    const messageId = `message-${loan.id}`
    return html`
      <form @submit=${(event: SubmitEvent) => event.preventDefault()}>
        <label class="field" for=${messageId}>${t.message}</label>
        <textarea id=${messageId} maxlength="2000"></textarea>
        <div class="row">
          <button type="button" class="primary" ?disabled=${this.busy === loan.id} @click=${() => this.#decide(loan, 'approve')}>${t.approve}</button>
          <button type="button" ?disabled=${this.busy === loan.id} @click=${() => this.#decide(loan, 'decline')}>${t.decline}</button>
        </div>
        ${this.errors[loan.id] ? html`<p class="error" role="alert">${this.errors[loan.id]}</p>` : nothing}
      </form>`
  }

  #cancel(loan: Loan) {
    const t = roomMessages(this.language).loans
    return html`
      <button type="button" ?disabled=${this.busy === loan.id} @click=${() => this.#decide(loan, 'cancel')}>${t.cancel}</button>
      ${this.errors[loan.id] ? html`<p class="error" role="alert">${this.errors[loan.id]}</p>` : nothing}`
  }

  async #decide(loan: Loan, decision: 'approve' | 'decline' | 'cancel'): Promise<void> {
    const t = roomMessages(this.language).loans
    const message = this.renderRoot.querySelector<HTMLTextAreaElement>(`#message-${CSS.escape(loan.id)}`)?.value.trim() ?? ''
    this.busy = loan.id
    this.errors = { ...this.errors, [loan.id]: '' }
    try {
      const decided = await this.roomsApi.decideLoan(loan.id, decision, message ? { message } : {})
      this.dispatchEvent(new CustomEvent<LoanDecidedDetail>('archipel-loan-decided', { detail: { loan: decided }, bubbles: true, composed: true }))
    } catch (error) {
      const text = error instanceof ApiError && error.status === 409
        ? t.conflict
        : `${t.failed} ${error instanceof Error ? error.message : String(error)}`
      this.errors = { ...this.errors, [loan.id]: text }
    } finally {
      this.busy = undefined
    }
  }
}

/** Who asked: the organisation, and the person's name when it differs. */
function requester(loan: Loan): string {
  const names = [loan.requester_organisation_name, loan.requester_name].filter((name): name is string => Boolean(name))
  const unique = [...new Set(names)]
  return [unique.join(' — '), loan.requester_email ? `<${loan.requester_email}>` : ''].filter(Boolean).join(' ')
}
