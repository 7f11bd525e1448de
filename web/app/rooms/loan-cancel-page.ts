/**
 * `<archipel-loan-cancel-page>` (/demandes/:id/annuler?token=…): followed
 * from the e-mail sent to a person who asked for a room without an account.
 * Explains, then cancels the request on a button press (POST
 * /api/loans/{id}/cancel with the token) — never on a mere visit, which
 * mail scanners also make.
 *
 * Attributes / properties: `loan-id`, `language` (`fr` | `en`).
 * The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing } from 'lit'
import { ApiError } from '../../api/client.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import { loanCancelPageStyles } from './loan-cancel-page.styles.js'
import { pagePaths } from '../router.js'
import { consumeApi } from '../../api/api-context.js'

export class ArchipelLoanCancelPage extends LitElement {
  static override styles = loanCancelPageStyles

  static override properties = {
    loanId: { attribute: 'loan-id' },
    language: {},
    state: { state: true },
    error: { state: true },
  }

  declare loanId: string
  declare language: Language
  declare state: 'idle' | 'sending' | 'done' | 'refused' | 'failed'
  declare error: string | undefined

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.state = 'idle'
  }

  protected override updated(): void {
    document.title = roomMessages(this.language).cancel.title
  }

  override render() {
    const t = roomMessages(this.language).cancel
    const token = new URLSearchParams(window.location.search).get('token') ?? ''
    return html`
      <section class="page">
        <h1>${t.title}</h1>
        <p>${t.explain}</p>
        ${token === ''
          ? html`<p class="error" role="alert">${t.missingToken}</p>`
          : this.state === 'done'
            ? nothing
            : html`<button type="button" class="primary" ?disabled=${this.state === 'sending'}
                @click=${() => this.#cancel(token)}>${this.state === 'sending' ? t.sending : t.button}</button>`}
        <div role="status" aria-live="polite">
          ${this.state === 'done' ? html`<p class="success">${t.done}</p>` : nothing}
          ${this.state === 'refused' ? html`<p class="error">${t.refused}</p>` : nothing}
          ${this.state === 'failed' ? html`<p class="error">${t.failed} ${this.error}</p>` : nothing}
        </div>
        <p><a href=${pagePaths.rooms}>${roomMessages(this.language).room.back}</a></p>
      </section>
    `
  }

  async #cancel(token: string): Promise<void> {
    this.state = 'sending'
    try {
      await this.#api().rooms.decideLoan(this.loanId, 'cancel', { token })
      this.state = 'done'
    } catch (error) {
      // 403/404/409: a wrong token, an unknown loan, or one no longer cancellable.
      if (error instanceof ApiError && [403, 404, 409].includes(error.status)) {
        this.state = 'refused'
      } else {
        this.error = error instanceof Error ? error.message : String(error)
        this.state = 'failed'
      }
    }
  }
}
