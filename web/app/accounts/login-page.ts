/**
 * `<archipel-login-page>`: the sign-in form. On success the browser loads
 * the `?next=` path when it is a path of this site (else the home page),
 * so the whole site starts again as the signed-in account.
 *
 * Someone already signed in sees who they are and a sign-out button.
 *
 * Properties: `language` (`fr` | `en`). The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing } from 'lit'
import { type Account } from '../../api/accounts.js'
import { watchAccount } from '../account-context.js'
import { ApiError } from '../../api/client.js'
import { accountMessages } from '../../i18n/accounts.js'
import type { Language } from '../../i18n/language.js'
import { accountFormStyles } from './account-form.styles.js'
import { nextPath } from './next-path.js'
import { pagePaths } from '../router.js'
import { consumeApi } from '../../api/api-context.js'

export class ArchipelLoginPage extends LitElement {
  static override styles = accountFormStyles

  static override properties = {
    language: {},
    error: { state: true },
    busy: { state: true },
    me: { state: true },
  }

  declare language: Language
  declare error: string | undefined
  declare busy: boolean
  declare me: Account | null | undefined
  readonly #account = watchAccount(this, (account) => (this.me = account))

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.busy = false
  }

  override render() {
    const t = accountMessages(this.language)
    if (this.me) {
      return html`
        <h1>${t.login.title}</h1>
        <p role="status">${t.login.signedInAs(this.me.display_name, this.me.email)}</p>
        <button type="button" ?disabled=${this.busy} @click=${this.#logout}>${t.login.logout}</button>
        <div role="alert">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>`
    }
    return html`
      <h1>${t.login.title}</h1>
      <p>${t.login.intro}</p>
      <form @submit=${this.#submit} novalidate>
        <div role="alert">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>
        <label>${t.email}
          <input name="email" type="email" autocomplete="username" required aria-invalid=${this.error ? 'true' : 'false'}>
        </label>
        <label>${t.password}
          <input name="password" type="password" autocomplete="current-password" required aria-invalid=${this.error ? 'true' : 'false'}>
        </label>
        <button type="submit" ?disabled=${this.busy}>${this.busy ? t.login.busy : t.login.submit}</button>
      </form>
      <p><a href=${pagePaths.passwordReset}>${t.login.forgotten}</a></p>
    `
  }

  async #logout(): Promise<void> {
    this.busy = true
    try {
      await this.#api().accounts.logout()
      window.location.assign('/')
    } catch {
      this.error = accountMessages(this.language).failed
      this.busy = false
    }
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const t = accountMessages(this.language)
    const data = new FormData(event.target as HTMLFormElement)
    const email = String(data.get('email') ?? '').trim()
    const password = String(data.get('password') ?? '')
    if (!email || !password) {
      this.error = t.login.wrong
      return
    }
    this.busy = true
    this.error = undefined
    try {
      await this.#api().accounts.login(email, password)
      window.location.assign(nextPath(new URLSearchParams(window.location.search).get('next'), window.location.origin))
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0
      this.error = status === 401 || status === 400 ? t.login.wrong : status === 429 ? t.login.throttled : t.failed
    } finally {
      this.busy = false
    }
  }
}
