/**
 * `<archipel-app>`: the site's shell. Loads the instance's settings and
 * taxonomy, draws the header (name, navigation, language) and shows the page
 * the address names.
 *
 * Properties: `.api` (ArchipelApi, given to every page below through
 * api-context.ts), `language` (`fr` | `en`).
 * Events: `archipel-language-change` ({ language }): the visitor chose a
 * language (the entry point remembers it).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import type { ArchipelApi } from '../api/archipel-api.js'
import { provideApi } from '../api/api-context.js'
import type { Category, Settings } from '../api/types.js'
import { messages, type Language } from '../i18n/language.js'
import { archipelAppStyles } from './archipel-app.styles.js'
import { accountMessages } from '../i18n/accounts.js'
import type { Account } from '../api/accounts.js'
import { provideAccount } from './account-context.js'
import { isModerator } from './moderation/moderation-page.js'
import { pagePaths, startRouter, type Page, type Route, type Router } from './router.js'

/** Used when the server does not answer, so the page still shows. */
const fallbackSettings: Settings = {
  site_name: 'Archipel',
  map_bounds: [-5.5, 41.2, 9.8, 51.2],
  map_style_url: null,
  geocoder: false,
  legal_notice_url: null,
}

export interface LanguageChangeDetail { language: Language }

export class ArchipelApp extends LitElement {
  static override styles = archipelAppStyles

  static override properties = {
    api: { attribute: false },
    language: {},
    route: { state: true },
    settings: { state: true },
    categories: { state: true },
    settingsFailed: { state: true },
    account: { state: true },
  }

  declare api: ArchipelApi
  declare language: Language
  declare route: Route
  declare settings: Settings | undefined
  declare categories: Category[]
  declare settingsFailed: boolean
  /** The signed-in account (null for a visitor), for the links only some may follow. */
  declare account: Account | null | undefined
  readonly #account = provideAccount(this)
  /** The one API client of the site, for every page and component below. */
  readonly #api = provideApi(this)

  #router: Router | undefined
  #navigated = false

  constructor() {
    super()
    this.language = 'fr'
    this.categories = []
    this.settingsFailed = false
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#router = startRouter(window, (route) => {
      this.#navigated = true
      this.route = route
    })
    this.route = this.#router.route
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#router?.stop()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The entry point hands the client over right after the element upgrades.
    if (changed.has('api') && this.api) {
      this.#api.setValue(this.api)
      void this.#loadInstance()
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const t = messages(this.language)
    document.documentElement.lang = this.language
    // Pages with their own title (an initiative's name...) set document.title themselves.
    const pageTitle = (t.titles as Partial<Record<Page, string>>)[this.route.page]
    if (pageTitle) document.title = `${pageTitle} — ${this.settings?.site_name ?? fallbackSettings.site_name}`
    // After a navigation, start reading at the new page, not at the link.
    if (changed.has('route') && this.#navigated) this.#focusMain()
  }

  override render() {
    const t = messages(this.language)
    const other: Language = this.language === 'fr' ? 'en' : 'fr'
    const siteName = this.settings?.site_name ?? fallbackSettings.site_name
    const current = (page: Page) => (this.route.page === page ? 'page' : nothing)
    return html`
      <a class="skip" href="#contenu" @click=${this.#skipToContent}>${t.skipToContent}</a>
      <header>
        <a class="brand" href="/">${siteName}</a>
        <nav aria-label=${t.mainNavigation}>
          <ul>
            <li><a href=${pagePaths.map} aria-current=${current('map')}>${t.nav.map}</a></li>
            <li><a href=${pagePaths.agenda} aria-current=${current('agenda')}>${t.nav.agenda}</a></li>
            <li><a href=${pagePaths.rooms} aria-current=${current('rooms')}>${t.nav.rooms}</a></li>
            ${this.account
              ? html`<li><a href=${pagePaths.myRooms} aria-current=${current('my-rooms')}>${t.nav.myRooms}</a></li>`
              : nothing}
            <li><a href=${pagePaths.proposeInitiative} aria-current=${current('propose-initiative')}>${t.nav.propose}</a></li>
            ${isModerator(this.account)
              ? html`<li><a href=${pagePaths.moderation} aria-current=${current('moderation')}>${t.nav.moderation}</a></li>`
              : nothing}
          </ul>
        </nav>
        <button class="language" type="button" lang=${other} title=${t.switchLanguage}
          @click=${() => this.#switchLanguage(other)}>${messages(other).languageName}</button>
      </header>
      ${this.settingsFailed ? html`<p class="notice" role="alert">${t.settingsUnavailable}</p>` : nothing}
      <main id="contenu" tabindex="-1">${this.api ? this.#renderPage() : nothing}</main>
      <footer>
        <a href=${pagePaths.privacy} aria-current=${current('privacy')}>${accountMessages(this.language).privacy.footerLink}</a>
        <a href=${pagePaths.login} aria-current=${current('login')}>${this.account
          ? accountMessages(this.language).login.account(this.account.display_name)
          : accountMessages(this.language).login.title}</a>
      </footer>
    `
  }

  #renderPage() {
    const t = messages(this.language)
    switch (this.route.page) {
      case 'map':
        return this.settings
          ? html`<archipel-map-page .settings=${this.settings} .categories=${this.categories}
              language=${this.language}></archipel-map-page>`
          : nothing
      case 'initiative':
        return html`<archipel-initiative-page initiative-id=${this.route.id} .settings=${this.settings}
          .categories=${this.categories} language=${this.language}></archipel-initiative-page>`
      case 'propose-initiative':
        return this.settings
          ? html`<archipel-propose-initiative-page .settings=${this.settings} .categories=${this.categories}
              language=${this.language}></archipel-propose-initiative-page>`
          : nothing
      case 'moderation':
        return html`<archipel-moderation-page .categories=${this.categories} language=${this.language}></archipel-moderation-page>`
      case 'agenda':
        return html`<archipel-agenda-page .categories=${this.categories} language=${this.language}></archipel-agenda-page>`
      case 'event':
        return html`<archipel-event-page event-id=${this.route.id} .categories=${this.categories} .settings=${this.settings}
          language=${this.language}></archipel-event-page>`
      case 'propose-event':
        return html`<archipel-propose-event-page .categories=${this.categories} .bounds=${this.settings?.map_bounds}
          language=${this.language}></archipel-propose-event-page>`
      case 'programme':
        return html`<archipel-programme-page slug=${this.route.slug} language=${this.language}></archipel-programme-page>`
      case 'rooms':
        return this.settings
          ? html`<archipel-rooms-page .settings=${this.settings} language=${this.language}></archipel-rooms-page>`
          : nothing
      case 'room':
        return html`<archipel-room-page room-id=${this.route.id} language=${this.language}></archipel-room-page>`
      case 'my-rooms':
        return html`<archipel-my-rooms-page .settings=${this.settings} language=${this.language}></archipel-my-rooms-page>`
      case 'loan-cancel':
        return html`<archipel-loan-cancel-page loan-id=${this.route.id} language=${this.language}></archipel-loan-cancel-page>`
      case 'login':
        return html`<archipel-login-page language=${this.language}></archipel-login-page>`
      case 'password-reset':
        return html`<archipel-password-reset-page language=${this.language}></archipel-password-reset-page>`
      case 'password-set':
        return html`<archipel-password-set-page language=${this.language}></archipel-password-set-page>`
      case 'privacy':
        return html`<archipel-privacy-page language=${this.language}></archipel-privacy-page>`
      case 'share':
        return html`<archipel-share-page .categories=${this.categories} .settings=${this.settings}
          language=${this.language}></archipel-share-page>`
      default:
        return html`<section class="text-page"><h1>${t.titles.notFound}</h1><p>${t.notFound}</p>
          <p><a href=${pagePaths.map}>${t.backHome}</a></p></section>`
    }
  }

  async #loadInstance(): Promise<void> {
    const [settings, categories] = await Promise.allSettled([this.api.site.settings(), this.api.site.categories()])
    // Asked once for the whole site: the pages read it from the account context.
    void this.api.accounts.me().then((account) => this.#showAccount(account), () => this.#showAccount(null))
    if (settings.status === 'rejected') console.error('archipel: settings unavailable', settings.reason)
    if (categories.status === 'rejected') console.error('archipel: categories unavailable', categories.reason)
    this.settingsFailed = settings.status === 'rejected'
    this.settings = settings.status === 'fulfilled' ? settings.value : fallbackSettings
    this.categories = categories.status === 'fulfilled' ? categories.value : []
  }

  #showAccount(account: Account | null): void {
    this.account = account
    this.#account.setValue(account)
  }

  #switchLanguage(language: Language): void {
    this.language = language
    this.dispatchEvent(new CustomEvent<LanguageChangeDetail>('archipel-language-change', { detail: { language } }))
  }

  #skipToContent(event: Event): void {
    // An in-page link cannot reach into a shadow root: move focus by hand.
    event.preventDefault()
    this.#focusMain()
  }

  #focusMain(): void {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus()
  }
}
