/**
 * `<archipel-password-reset-page>`: asks for a link to choose a new
 * password. The answer is the same whether the address has an account.
 *
 * Properties: `language` (`fr` | `en`). The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing } from 'lit'
import { ApiError } from '../../api/client.js'
import { accountMessages } from '../../i18n/accounts.js'
import type { Language } from '../../i18n/language.js'
import { accountFormStyles } from './account-form.styles.js'
import { consumeApi } from '../../api/api-context.js'

export class ArchipelPasswordResetPage extends LitElement {
  static override styles = accountFormStyles

  static override properties = {
    language: {},
    error: { state: true },
    sent: { state: true },
    busy: { state: true },
  }

  declare language: Language
  declare error: string | undefined
  declare sent: boolean
  declare busy: boolean

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.sent = false
    this.busy = false
  }

  override render() {
    const t = accountMessages(this.language)
    return html`
      <h1>${t.reset.title}</h1>
      <div role="status">${this.sent ? html`<p class="success">${t.reset.sent}</p>` : nothing}</div>
      ${this.sent ? nothing : html`
        <p>${t.reset.intro}</p>
        <form @submit=${this.#submit} novalidate>
          <div role="alert">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>
          <label>${t.email}
            <input name="email" type="email" autocomplete="username" required aria-invalid=${this.error ? 'true' : 'false'}>
          </label>
          <button type="submit" ?disabled=${this.busy}>${t.reset.submit}</button>
        </form>`}
    `
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const t = accountMessages(this.language)
    const email = String(new FormData(event.target as HTMLFormElement).get('email') ?? '').trim()
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      this.error = t.reset.invalidEmail
      return
    }
    this.busy = true
    this.error = undefined
    try {
      await this.#api().accounts.requestPasswordReset(email)
      this.sent = true
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0
      this.error = status === 400 ? t.reset.invalidEmail : status === 429 ? t.login.throttled : t.failed
    } finally {
      this.busy = false
    }
  }
}
