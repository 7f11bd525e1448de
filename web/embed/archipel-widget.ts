/**
 * What every partner widget (SPEC §6) shares: it talks to the Archipel
 * server named by `src` (default: the one that served the script) through
 * its own API client, given to the components below by the API context
 * (api-context.ts), as the site's shell does; it reads the instance's
 * settings and categories once per server; it reloads its data when one of
 * its filter attributes changes; and it credits the data.
 *
 * Common attributes: `src`, `lang` (`fr` | `en`), `height` (CSS length).
 * A widget lists its filter attributes in `filterProperties` and loads in
 * `load(signal)`; `status` follows the load.
 */
import { html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit'
import { createArchipelApi, type ArchipelApi } from '../api/archipel-api.js'
import { provideApi } from '../api/api-context.js'
import { ApiError } from '../api/client.js'
import type { Category, Settings } from '../api/types.js'
import { chooseLanguage, type Language } from '../i18n/language.js'
import { embedMessages } from './messages.js'

/** The server that served this script: where a widget without `src` reads. */
const scriptOrigin = new URL(import.meta.url).origin

/** A comma-separated attribute as its values. */
export const listAttribute = (value: string | null | undefined) =>
  (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)

export abstract class ArchipelWidget extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    lang: {},
    height: {},
    settings: { state: true },
    categories: { state: true },
    status: { state: true },
  }

  /** The properties whose change reloads the data. */
  protected static filterProperties: readonly string[] = []

  declare src: string | undefined
  declare height: string | undefined
  declare settings: Settings | undefined
  declare categories: Category[]
  declare status: 'loading' | 'ready' | 'failed'

  readonly #api = provideApi(this)
  #request: AbortController | undefined

  constructor() {
    super()
    this.categories = []
    this.status = 'loading'
  }

  /** The Archipel server, without a trailing slash: links to its pages start with it. */
  protected get server(): string {
    return (this.src || scriptOrigin).replace(/\/+$/, '')
  }

  protected get language(): Language {
    return chooseLanguage(this.lang || 'fr', [])
  }

  protected get api(): ArchipelApi {
    return this.#api.value!
  }

  /** Fetches and stores the widget's data; aborted when a newer load starts. */
  protected abstract load(signal: AbortSignal): Promise<void>

  protected override willUpdate(changed: PropertyValues): void {
    const newServer = changed.has('src') || !this.#api.value
    if (newServer) {
      this.#api.setValue(createArchipelApi({ baseUrl: this.server }))
      void this.#loadInstance()
    }
    const filters = (this.constructor as typeof ArchipelWidget).filterProperties
    if (newServer || filters.some((name) => changed.has(name))) void this.reload()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#request?.abort()
  }

  /** Loads again (by `load`, or another loader), dropping a load still running. */
  protected async reload(loader = (signal: AbortSignal) => this.load(signal)): Promise<void> {
    this.#request?.abort()
    const request = (this.#request = new AbortController())
    this.status = 'loading'
    try {
      await loader(request.signal)
      this.status = 'ready'
    } catch (error) {
      if (request.signal.aborted) return
      console.error(`${this.localName}:`, error instanceof ApiError ? error.problem ?? error.status : error)
      this.status = 'failed'
    }
  }

  /** "Données : <site> — ODbL", each a link opening in a new tab. */
  protected renderCredit() {
    const t = embedMessages(this.language)
    return html`<p class="credit" part="credit">${t.data}
      <a href=${this.server + '/'} target="_blank" rel="noopener">${this.settings?.site_name ?? 'Archipel'}</a> — <a
        href="https://opendatacommons.org/licenses/odbl/" target="_blank" rel="noopener">ODbL</a></p>`
  }

  async #loadInstance(): Promise<void> {
    const api = this.api
    const [settings, categories] = await Promise.allSettled([api.site.settings(), api.site.categories()])
    this.settings = settings.status === 'fulfilled' ? settings.value : undefined
    this.categories = categories.status === 'fulfilled' ? categories.value : []
    if (settings.status === 'rejected') console.error(`${this.localName}: the Archipel server does not answer`, settings.reason)
  }
}
