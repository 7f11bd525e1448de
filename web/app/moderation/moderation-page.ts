/**
 * `<archipel-moderation-page>`: the moderators' page — the queue of
 * contributions to decide, oldest first, a page at a time ("Voir plus"),
 * and the taxonomy. A visitor is sent to sign in; a signed-in account
 * without the role is told why it sees nothing.
 *
 * Attributes / properties: `language`; `.categories` (Category[]);
 * the signed-in account and the API client come from the shell's contexts.
 */
import { html, LitElement, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { type Account, type ModerationItem } from '../../api/initiatives.js'
import type { Category } from '../../api/types.js'
import type { Language } from '../../i18n/language.js'
import { moderationMessages } from '../../i18n/moderation.js'
import { moderationPageStyles } from './moderation-page.styles.js'
import { pagePaths } from '../router.js'
import { watchAccount } from '../account-context.js'
import { consumeApi } from '../../api/api-context.js'

export class ArchipelModerationPage extends LitElement {
  static override styles = moderationPageStyles

  static override properties = {
    language: {},
    categories: { attribute: false },
    account: { state: true },
    items: { state: true },
    next: { state: true },
    state: { state: true },
  }

  declare language: Language
  declare categories: Category[]
  declare account: Account | null | undefined
  readonly #account = watchAccount(this, (account) => this.#start(account))
  declare items: ModerationItem[]
  declare next: string | null
  declare state: 'loading' | 'ready' | 'failed'

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.categories = []
    this.items = []
    this.next = null
    this.state = 'loading'
  }

  override render() {
    const t = moderationMessages(this.language)
    return html`<section class="page">
      <h1>${t.title}</h1>
      ${this.account === undefined ? html`<p role="status">${t.loading}</p>`
        : this.account === null ? html`<p>${t.signIn}</p>
            <p><a class="button" href=${`${pagePaths.login}?next=${encodeURIComponent(pagePaths.moderation)}`}>${t.signInLink}</a></p>`
        : !isModerator(this.account) ? html`<p role="alert">${t.forbidden}</p>`
        : this.#renderWork()}
    </section>`
  }

  #renderWork() {
    const t = moderationMessages(this.language)
    return html`
      <section aria-labelledby="queue">
        <h2 id="queue">${t.queue}</h2>
        ${this.state === 'failed' ? html`<p role="alert">${t.failed}</p>` : nothing}
        ${this.state === 'ready' && this.items.length === 0 ? html`<p>${t.empty}</p>` : nothing}
        <ol class="queue">
          ${repeat(this.items, (item) => `${item.kind}:${item.id}`, (item) => html`<li>
            <archipel-moderation-item language=${this.language} .item=${item} .categories=${this.categories}
              .api=${this.#api().initiatives}></archipel-moderation-item></li>`)}
        </ol>
        ${this.state === 'loading' ? html`<p role="status">${t.loading}</p>` : nothing}
        ${this.next && this.state === 'ready' ? html`<button type="button" class="more" @click=${() => void this.#loadPage()}>${t.more}</button>` : nothing}
      </section>
      <section aria-labelledby="taxonomy">
        <h2 id="taxonomy">${t.taxonomy.title}</h2>
        <archipel-category-editor language=${this.language} .api=${this.#api().initiatives} .categories=${this.categories}
          @archipel-categories-change=${(event: CustomEvent<{ categories: Category[] }>) => (this.categories = event.detail.categories)}>
        </archipel-category-editor>
      </section>
    `
  }

  #start(account: Account | null): void {
    this.account = account
    if (isModerator(account)) void this.#loadPage()
  }

  async #loadPage(): Promise<void> {
    this.state = 'loading'
    try {
      const page = await this.#api().initiatives.moderationQueue(this.next ?? undefined)
      this.items = [...this.items, ...page.items]
      this.next = page.next ?? null
      this.state = 'ready'
    } catch (error) {
      console.error('archipel: moderation queue unavailable', error)
      this.state = 'failed'
    }
  }
}

export function isModerator(account: Account | null | undefined): boolean {
  return account?.role === 'moderator' || account?.role === 'admin'
}
