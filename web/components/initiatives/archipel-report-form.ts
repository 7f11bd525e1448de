/**
 * `<archipel-report-form>`: "this place is closed / wrong" — a reason, a
 * comment and an optional e-mail, posted to the initiative's reports for the
 * moderation team; then a confirmation saying so.
 *
 * Attributes / properties: `language`, `initiative-id`, `.api` (InitiativeApi).
 * Events: `archipel-form-cancel`: the visitor gave up.
 */
import { html, LitElement, nothing } from 'lit'
import { ApiError } from '../../api/client.js'
import { fieldErrors, type InitiativeApi, type ReportReason } from '../../api/initiatives.js'
import type { Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import { formStyles } from '../form.styles.js'

const reasons: ReportReason[] = ['closed', 'wrong_information', 'duplicate', 'other']

export class ArchipelReportForm extends LitElement {
  static override styles = formStyles

  static override properties = {
    language: {},
    initiativeId: { attribute: 'initiative-id' },
    api: { attribute: false },
    state: { state: true },
    errors: { state: true },
    message: { state: true },
  }

  declare language: Language
  declare initiativeId: string
  declare api: InitiativeApi
  declare state: 'editing' | 'sending' | 'sent'
  declare errors: Record<string, string>
  declare message: string

  constructor() {
    super()
    this.language = 'fr'
    this.initiativeId = ''
    this.state = 'editing'
    this.errors = {}
    this.message = ''
  }

  override render() {
    const t = mapMessages(this.language)
    if (this.state === 'sent') return html`<p class="confirmation" role="status" tabindex="-1">${t.report.thanks}</p>`
    const error = (field: string) => (this.errors[field] ? html`<p id="${field}-error" class="error">${this.errors[field]}</p>` : nothing)
    return html`
      <form @submit=${this.#submit} novalidate>
        <fieldset>
          <legend>${t.report.title}</legend>
          <label for="reason">${t.report.reason}</label>
          <select id="reason" name="reason" aria-invalid=${this.errors.reason ? 'true' : 'false'}>
            ${reasons.map((reason) => html`<option value=${reason}>${t.report.reasons[reason]}</option>`)}
          </select>
          ${error('reason')}
          <label for="comment">${t.report.comment}</label>
          <textarea id="comment" name="comment" maxlength="2000" aria-invalid=${this.errors.comment ? 'true' : 'false'}></textarea>
          ${error('comment')}
          <label for="email">${t.report.email}</label>
          <input id="email" name="email" type="email" autocomplete="email" aria-invalid=${this.errors.email ? 'true' : 'false'}
            aria-describedby=${this.errors.email ? 'email-error' : nothing}>
          ${error('email')}
          ${this.message ? html`<p class="error" role="alert">${this.message}</p>` : nothing}
          <div class="actions">
            <button class="primary" type="submit" ?disabled=${this.state === 'sending'}>
              ${this.state === 'sending' ? t.form.sending : t.report.submit}</button>
            <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('archipel-form-cancel'))}>${t.form.cancel}</button>
          </div>
        </fieldset>
      </form>
    `
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault()
    const t = mapMessages(this.language)
    const form = event.target as HTMLFormElement
    const data = new FormData(form)
    const comment = String(data.get('comment') ?? '').trim()
    const email = String(data.get('email') ?? '').trim()
    this.state = 'sending'
    this.errors = {}
    this.message = ''
    try {
      await this.api.report(this.initiativeId, {
        reason: String(data.get('reason')) as ReportReason,
        ...(comment ? { comment } : {}),
        ...(email ? { email } : {}),
      })
      this.state = 'sent'
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus()
    } catch (error) {
      this.state = 'editing'
      this.errors = fieldErrors(error)
      this.message = error instanceof ApiError && error.status === 429 ? t.form.tooMany
        : Object.keys(this.errors).length > 0 ? t.form.invalid : t.form.failed
    }
  }
}
