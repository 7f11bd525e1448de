/**
 * `<archipel-propose-initiative-page>`: "Proposer une initiative" — the
 * proposal form with its placing map; the address search appears when the
 * instance has a geocoder (settings.geocoder).
 *
 * Attributes / properties: `language`; `.settings`; `.categories`.
 * The API client comes from the context (api-context.ts).
 */
import { html, LitElement } from 'lit'
import type { Category, Settings } from '../../api/types.js'
import type { Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import { proposeInitiativePageStyles } from './propose-initiative-page.styles.js'
import { consumeApi } from '../../api/api-context.js'

export class ArchipelProposeInitiativePage extends LitElement {
  static override styles = proposeInitiativePageStyles

  static override properties = {
    language: {},
    settings: { attribute: false },
    categories: { attribute: false },
  }

  declare language: Language
  declare settings: Settings
  declare categories: Category[]

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.categories = []
  }

  override render() {
    const t = mapMessages(this.language)
    return html`<section class="page">
      <h1>${t.form.title}</h1>
      <p>${t.form.intro}</p>
      <archipel-initiative-form language=${this.language} .api=${this.#api().initiatives} .categories=${this.categories}
        .bounds=${this.settings.map_bounds} ?geocoder=${this.settings.geocoder}></archipel-initiative-form>
    </section>`
  }
}
