/**
 * `<archipel-initiative-detail>`: what a published initiative shows — name,
 * description (plain text, line breaks kept by CSS, never parsed as HTML),
 * categories, legal form, address, website (http(s) only), public e-mail and
 * phone — and the two ways to contribute: suggest a correction, report a
 * problem, each opening its form in place.
 *
 * Attributes / properties:
 * - `language` (`fr` | `en`).
 * - `.initiative` (InitiativeDetail).
 * - `.categories` (Category[]): the taxonomy, for labels and colours.
 * - `.api` (InitiativeApi): handed to the forms.
 * - `heading-level` (2 | 1): level of the name's heading.
 * - `page-link` (boolean): show a link to the initiative's own page.
 *
 * Parts: `name`, `description`, `actions`.
 */
import { html, LitElement, nothing } from 'lit'
import { styleMap } from 'lit/directives/style-map.js'
import type { InitiativeApi, InitiativeDetail } from '../../api/initiatives.js'
import type { Category } from '../../api/types.js'
import { routePaths } from '../../page-paths.js'
import type { Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import { archipelInitiativeDetailStyles } from './archipel-initiative-detail.styles.js'
import { placeLines } from '../../format/place-text.js'

/** A link target only if it is a web address: no `javascript:` or `data:` from user text. */
export function safeWebUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

export class ArchipelInitiativeDetail extends LitElement {
  static override styles = archipelInitiativeDetailStyles

  static override properties = {
    language: {},
    initiative: { attribute: false },
    categories: { attribute: false },
    api: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    pageLink: { type: Boolean, attribute: 'page-link' },
    open: { state: true },
  }

  declare language: Language
  declare initiative: InitiativeDetail | undefined
  declare categories: Category[]
  declare api: InitiativeApi
  declare headingLevel: number
  declare pageLink: boolean
  declare open: 'correction' | 'report' | undefined

  constructor() {
    super()
    this.language = 'fr'
    this.categories = []
    this.headingLevel = 2
    this.pageLink = false
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Another initiative: its forms start closed.
    if (changed.has('initiative') && (changed.get('initiative') as InitiativeDetail | undefined)?.id !== this.initiative?.id) {
      this.open = undefined
    }
  }

  override render() {
    const initiative = this.initiative
    if (!initiative) return nothing
    const t = mapMessages(this.language)
    const p = initiative.properties
    const byslug = new Map(this.categories.map((category) => [category.slug, category]))
    const website = safeWebUrl(p.website)
    const name = html`<span part="name">${p.name}</span>`
    return html`
      ${this.headingLevel === 1 ? html`<h1>${name}</h1>` : html`<h2>${name}</h2>`}
      ${p.categories.length > 0 ? html`
        <ul class="categories" aria-label=${t.detail.categories}>
          ${p.categories.map((slug) => {
            const category = byslug.get(slug)
            const label = category ? (this.language === 'en' && category.label_en ? category.label_en : category.label) : slug
            return html`<li><span class="dot" aria-hidden="true" style=${styleMap({ background: category?.colour ?? null })}></span>${label}</li>`
          })}
        </ul>` : nothing}
      ${p.description ? html`<p class="description" part="description">${p.description}</p>` : nothing}
      <dl>
        ${p.legal_form ? html`<dt>${t.detail.legalForm}</dt><dd>${t.legalForms[p.legal_form] ?? p.legal_form}</dd>` : nothing}
        ${p.address || p.commune_name ? html`<dt>${t.detail.address}</dt>
          <dd class="address">${placeLines(p.address, p.commune_name).join('\n')}</dd>` : nothing}
        ${website ? html`<dt>${t.detail.website}</dt>
          <dd><a href=${website} rel="noopener noreferrer" target="_blank">${p.website}</a></dd>` : nothing}
        ${p.email ? html`<dt>${t.detail.email}</dt><dd><a href=${`mailto:${p.email}`}>${p.email}</a></dd>` : nothing}
        ${p.phone ? html`<dt>${t.detail.phone}</dt><dd><a href=${`tel:${p.phone.replace(/[^0-9+]/g, '')}`}>${p.phone}</a></dd>` : nothing}
      </dl>
      <div class="actions" part="actions">
        <button type="button" aria-expanded=${this.open === 'correction' ? 'true' : 'false'}
          @click=${() => this.#toggle('correction')}>${t.detail.suggest}</button>
        <button type="button" aria-expanded=${this.open === 'report' ? 'true' : 'false'}
          @click=${() => this.#toggle('report')}>${t.detail.report}</button>
        ${this.pageLink ? html`<a class="page-link" href=${routePaths.initiative(initiative.id)}>${t.detail.page}</a>` : nothing}
      </div>
      ${this.open === 'correction'
        ? html`<archipel-initiative-form mode="correction" language=${this.language} .api=${this.api}
            .categories=${this.categories} .initiative=${initiative}
            @archipel-form-cancel=${() => this.#toggle('correction')}></archipel-initiative-form>`
        : nothing}
      ${this.open === 'report'
        ? html`<archipel-report-form language=${this.language} .api=${this.api} initiative-id=${initiative.id}
            @archipel-form-cancel=${() => this.#toggle('report')}></archipel-report-form>`
        : nothing}
    `
  }

  #toggle(form: 'correction' | 'report'): void {
    this.open = this.open === form ? undefined : form
  }
}
