/**
 * `<archipel-privacy-page>`: what personal data the instance keeps, why and
 * how long, as the server states it (GET /api/privacy, built from the
 * constants the erasure task uses), in the visitor's language.
 *
 * Properties: `language` (`fr` | `en`). The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing } from 'lit'
import { type PrivacyDocument } from '../api/accounts.js'
import { accountMessages } from '../i18n/accounts.js'
import type { Language } from '../i18n/language.js'
import { privacyPageStyles } from './privacy-page.styles.js'
import { consumeApi } from '../api/api-context.js'

export class ArchipelPrivacyPage extends LitElement {
  static override styles = privacyPageStyles

  static override properties = {
    language: {},
    document: { state: true },
    failed: { state: true },
  }

  declare language: Language
  declare document: PrivacyDocument | undefined
  declare failed: boolean

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.failed = false
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#api().accounts.privacy().then(
      (document) => { this.document = document },
      (error: unknown) => {
        console.error('archipel: privacy notice unavailable', error)
        this.failed = true
      },
    )
  }

  override render() {
    const t = accountMessages(this.language).privacy
    const lang = this.language
    const doc = this.document
    if (!doc) {
      return html`<h1>${t.title}</h1>
        ${this.failed ? html`<p class="error" role="alert">${accountMessages(lang).failed}</p>` : html`<p role="status">${t.loading}</p>`}`
    }
    return html`
      <h1>${t.title}</h1>
      <p>${t.intro(doc.site_name)}</p>
      <table>
        <thead><tr><th scope="col">${t.data}</th><th scope="col">${t.purpose}</th><th scope="col">${t.retention}</th></tr></thead>
        <tbody>
          ${doc.items.map((item) => html`<tr>
            <th scope="row">${item.data[lang]}</th><td>${item.purpose[lang]}</td><td>${item.retention[lang]}</td>
          </tr>`)}
        </tbody>
      </table>
      <p>${t.noTracking}</p>
      ${doc.legal_notice_url && /^https?:\/\//.test(doc.legal_notice_url)
        ? html`<p><a href=${doc.legal_notice_url}>${t.legalNotice}</a></p>`
        : nothing}
    `
  }
}
