/**
 * `<archipel-password-set-page>`: chooses a password with the one-time
 * link of an invitation or a reset (`?token=` in the address).
 *
 * Properties: `language` (`fr` | `en`). The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing } from 'lit'
import { problemFields } from '../../api/accounts.js'
import { accountMessages } from '../../i18n/accounts.js'
import type { Language } from '../../i18n/language.js'
import { accountFormStyles } from './account-form.styles.js'
import { pagePaths } from '../router.js'
import { consumeApi } from '../../api/api-context.js'

/** As server/accounts/password-policy.ts, which also refuses common passwords (its list stays on the server). */
const MIN_LENGTH = 12

export class ArchipelPasswordSetPage extends LitElement {
  static override styles = accountFormStyles

  static override properties = {
    language: {},
    error: { state: true },
    badToken: { state: true },
    done: { state: true },
    busy: { state: true },
  }

  declare language: Language
  declare error: string | undefined
  declare badToken: boolean
  declare done: boolean
  declare busy: boolean

  readonly #token = new URLSearchParams(window.location.search).get('token') ?? ''

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.badToken = false
    this.done = false
    this.busy = false
  }

  override render() {
    const t = accountMessages(this.language)
    if (!this.#token || this.badToken) {
      return html`
        <h1>${t.set.title}</h1>
        <p class="error" role="alert">${this.#token ? t.set.badToken : t.set.noToken}</p>
        <p><a href=${pagePaths.passwordReset}>${t.set.askAgain}</a></p>`
    }
    if (this.done) {
      return html`
        <h1>${t.set.title}</h1>
        <p class="success" role="status">${t.set.done}</p>
        <p><a href=${pagePaths.login}>${t.set.goLogin}</a></p>`
    }
    const invalid = this.error ? 'true' : 'false'
    return html`
      <h1>${t.set.title}</h1>
      <form @submit=${this.#submit} novalidate>
        <div role="alert">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>
        <label>${t.set.newPassword}
          <input name="password" type="password" autocomplete="new-password" minlength=${MIN_LENGTH} required aria-invalid=${invalid}>
        </label>
        <label>${t.set.confirm}
          <input name="confirm" type="password" autocomplete="new-password" required aria-invalid=${invalid}>
        </label>
        <button type="submit" ?disabled=${this.busy}>${t.set.submit}</button>
      </form>
    `
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const t = accountMessages(this.language)
    const data = new FormData(event.target as HTMLFormElement)
    const password = String(data.get('password') ?? '')
    if (password.length < MIN_LENGTH) {
      this.error = t.set.tooShort
      return
    }
    if (password !== String(data.get('confirm') ?? '')) {
      this.error = t.set.mismatch
      return
    }
    this.busy = true
    this.error = undefined
    try {
      await this.#api().accounts.setPassword(this.#token, password)
      this.done = true
    } catch (error) {
      if (problemFields(error).includes('token')) this.badToken = true
      else this.error = problemFields(error).includes('password') ? t.set.weak : t.failed
    } finally {
      this.busy = false
    }
  }
}
