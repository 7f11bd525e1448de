/**
 * `<archipel-initiative-form>`: propose a new initiative, or suggest a
 * correction to a published one (`mode="correction"`, only the changed
 * fields are sent). Every field has a label; errors, the browser's or the
 * server's (problem+json `errors`), are shown next to their field; the
 * answer says plainly that the proposal waits for review.
 *
 * A hidden `website_url` field is a spam trap: people never see it (visually
 * hidden, out of the tab order, hidden from assistive technologies), bots
 * fill it.
 *
 * Attributes / properties:
 * - `language` (`fr` | `en`); `mode` (`proposal` | `correction`).
 * - `.api` (InitiativeApi); `.categories` (Category[]).
 * - `.initiative` (InitiativeDetail): the initiative to correct.
 * - `.bounds` (Bbox): first area of the placing map; `geocoder` (boolean).
 *
 * Events: `archipel-form-cancel` (correction mode), `archipel-proposal-sent`
 * ({ answer }).
 */
import { html, LitElement, nothing } from 'lit'
import { ApiError } from '../../api/client.js'
import { fieldErrors, type InitiativeApi, type InitiativeDetail, type InitiativeFields, type InitiativeWritten, pendingOf, publishedOf } from '../../api/initiatives.js'
import type { Bbox, Category } from '../../api/types.js'
import { routePaths } from '../../page-paths.js'
import type { Language } from '../../i18n/language.js'
import { mapMessages } from '../../i18n/map.js'
import { archipelInitiativeFormStyles } from './archipel-initiative-form.styles.js'
import type { PointChangeDetail } from '../map/archipel-point-picker.js'
import type { TerritoryChangeDetail } from '../archipel-territory-picker.js'
import { initiativeFieldsOf, changedFields, readFields } from './initiative-fields.js'

const legalForms = ['association', 'cooperative', 'scop', 'scic', 'cae', 'mutuelle', 'fondation', 'esus', 'collectif', 'collectivite', 'autre']

export class ArchipelInitiativeForm extends LitElement {
  static override styles = archipelInitiativeFormStyles

  static override properties = {
    language: {},
    mode: {},
    api: { attribute: false },
    categories: { attribute: false },
    initiative: { attribute: false },
    bounds: { attribute: false },
    geocoder: { type: Boolean },
    point: { state: true },
    commune: { state: true },
    errors: { state: true },
    message: { state: true },
    state: { state: true },
    answer: { state: true },
  }

  declare language: Language
  declare mode: 'proposal' | 'correction'
  declare api: InitiativeApi
  declare categories: Category[]
  declare initiative: InitiativeDetail | undefined
  declare bounds: Bbox | undefined
  declare geocoder: boolean
  declare point: [number, number] | undefined
  /** The chosen commune's INSEE code. */
  declare commune: string
  declare errors: Record<string, string>
  declare message: string
  declare state: 'editing' | 'sending' | 'sent'
  declare answer: InitiativeWritten | undefined

  constructor() {
    super()
    this.language = 'fr'
    this.mode = 'proposal'
    this.categories = []
    this.geocoder = false
    this.commune = ''
    this.errors = {}
    this.message = ''
    this.state = 'editing'
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('initiative') && this.initiative) {
      this.point = this.initiative.geometry.coordinates as [number, number]
      this.commune = this.initiative.properties.commune ?? ''
    }
  }

  override render() {
    const t = mapMessages(this.language)
    if (this.state === 'sent') return this.#renderSent()
    const start = this.initiative ? initiativeFieldsOf(this.initiative) : undefined
    const correction = this.mode === 'correction'
    const invalid = (field: string) => (this.errors[field] ? 'true' : 'false')
    const described = (field: string) => (this.errors[field] ? `${field}-error` : nothing)
    const error = (field: string) => (this.errors[field] ? html`<p id="${field}-error" class="error">${this.errors[field]}</p>` : nothing)
    const chosen = new Set(start?.categories ?? [])
    return html`
      <form @submit=${this.#submit} novalidate>
        ${correction ? html`<h3>${t.form.correctionTitle}</h3>` : nothing}
        <label for="name">${t.form.name}</label>
        <input id="name" name="name" required maxlength="200" .value=${start?.name ?? ''}
          aria-invalid=${invalid('name')} aria-describedby=${described('name')}>
        ${error('name')}
        <label for="description">${t.form.description}</label>
        <textarea id="description" name="description" maxlength="10000" aria-describedby="description-help"
          aria-invalid=${invalid('description')} .value=${start?.description ?? ''}></textarea>
        <p id="description-help" class="help">${t.form.descriptionHelp}</p>
        ${error('description')}
        <fieldset aria-invalid=${invalid('categories')} aria-describedby=${described('categories')}>
          <legend>${t.form.categories}</legend>
          <div class="categories">
            ${this.categories.map((category) => html`
              <label class="check"><input type="checkbox" name="categories" value=${category.slug} .checked=${chosen.has(category.slug)}>
                <span class="dot" aria-hidden="true" style="background:${category.colour}"></span>
                ${this.language === 'en' && category.label_en ? category.label_en : category.label}</label>`)}
          </div>
          ${error('categories')}
        </fieldset>
        <label for="legal_form">${t.form.legalForm}</label>
        <select id="legal_form" name="legal_form" aria-invalid=${invalid('legal_form')}>
          ${legalForms.map((form) => html`<option value=${form} ?selected=${(start?.legal_form ?? 'association') === form}>${t.legalForms[form]}</option>`)}
        </select>
        ${error('legal_form')}
        <label for="address">${t.form.address}</label>
        <input id="address" name="address" maxlength="500" autocomplete="street-address" .value=${start?.address ?? ''}
          aria-invalid=${invalid('address')}>
        ${error('address')}
        <archipel-territory-picker types="commune" label=${t.form.commune} language=${this.language}
          value=${this.commune ? `commune:${this.commune}` : ''} invalid=${this.errors.commune ?? ''}
          @archipel-territory-change=${this.#onCommune}></archipel-territory-picker>
        <archipel-point-picker language=${this.language} .api=${this.api} .bounds=${this.bounds} .value=${this.point}
          ?no-map=${correction} ?geocoder=${this.geocoder && !correction} invalid=${this.errors.location ?? ''}
          @archipel-point-change=${this.#onPoint}></archipel-point-picker>
        <fieldset>
          <legend>${t.form.contact}</legend>
          <label for="website">${t.form.website}</label>
          <input id="website" name="website" type="url" inputmode="url" autocomplete="url" .value=${start?.website ?? ''}
            aria-invalid=${invalid('website')} aria-describedby=${described('website')}>
          ${error('website')}
          <label for="email">${t.form.email}</label>
          <input id="email" name="email" type="email" autocomplete="email" .value=${start?.email ?? ''}
            aria-invalid=${invalid('email')} aria-describedby=${described('email')}>
          ${error('email')}
          <label class="check"><input type="checkbox" name="email_public" .checked=${start?.email_public ?? false}>${t.form.emailPublic}</label>
          <label for="phone">${t.form.phone}</label>
          <input id="phone" name="phone" type="tel" autocomplete="tel" .value=${start?.phone ?? ''}
            aria-invalid=${invalid('phone')} aria-describedby=${described('phone')}>
          ${error('phone')}
          <label class="check"><input type="checkbox" name="phone_public" .checked=${start?.phone_public ?? false}>${t.form.phonePublic}</label>
        </fieldset>
        <label for="proposer_email">${t.form.proposerEmail}</label>
        <input id="proposer_email" name="proposer_email" type="email" autocomplete="email"
          aria-invalid=${invalid('proposer_email')} aria-describedby=${described('proposer_email')}>
        ${error('proposer_email')}
        <div class="trap" aria-hidden="true">
          <label for="website_url">${t.form.honeypot}</label>
          <input id="website_url" name="website_url" type="text" tabindex="-1" autocomplete="off">
        </div>
        ${this.message ? html`<p class="error summary" role="alert">${this.message}</p>` : nothing}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.state === 'sending'}>
            ${this.state === 'sending' ? t.form.sending : correction ? t.form.submitCorrection : t.form.submit}</button>
          ${correction ? html`<button type="button" @click=${() => this.dispatchEvent(new CustomEvent('archipel-form-cancel'))}>${t.form.cancel}</button>` : nothing}
        </div>
      </form>
    `
  }

  #renderSent() {
    const t = mapMessages(this.language)
    const pending = this.answer && pendingOf(this.answer)
    const duplicates = pending?.possible_duplicates ?? []
    const text = !pending ? (this.mode === 'correction' ? t.form.applied : t.form.published) : this.mode === 'correction' ? t.form.thanksCorrection : t.form.thanks
    // Published at once (a moderator's proposal): its page exists now.
    const published = this.answer && this.mode === 'proposal' ? publishedOf(this.answer)?.id : undefined
    return html`
      <div class="sent">
        <p class="confirmation" role="status" tabindex="-1">${text}</p>
        ${published ? html`<p><a href=${routePaths.initiative(published)}>${t.form.openPublished}</a></p>` : nothing}
        ${duplicates.length > 0 ? html`<p>${t.form.duplicates}</p>
          <ul>${duplicates.map((duplicate) => html`<li><a href=${routePaths.initiative(duplicate.id)}>${duplicate.name}</a></li>`)}</ul>` : nothing}
        ${this.mode === 'proposal' ? html`<button type="button" @click=${this.#reset}>${t.form.another}</button>` : nothing}
      </div>
    `
  }

  #onCommune(event: CustomEvent<TerritoryChangeDetail>): void {
    this.commune = event.detail.territory?.code ?? ''
  }

  #onPoint(event: CustomEvent<PointChangeDetail>): void {
    this.point = event.detail.coordinates
    if (event.detail.address) {
      const address = this.renderRoot.querySelector<HTMLInputElement>('#address')
      if (address) address.value = event.detail.address
    }
    if (event.detail.commune) this.commune = event.detail.commune
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault()
    const t = mapMessages(this.language)
    const fields = readFields(event.target as HTMLFormElement, this.commune)
    const errors = this.#check(fields)
    this.errors = errors
    if (Object.keys(errors).length > 0) return this.#showErrors(t.form.invalid)
    try {
      this.state = 'sending'
      this.answer = await this.#send(fields)
      this.state = 'sent'
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus()
      this.dispatchEvent(new CustomEvent('archipel-proposal-sent', { detail: { answer: this.answer }, bubbles: true, composed: true }))
    } catch (error) {
      this.state = 'editing'
      if (error instanceof Error && error.message === 'no-change') return this.#showErrors(t.form.noChange)
      const fromServer = fieldErrors(error)
      if (fromServer.geometry) fromServer.location = fromServer.geometry
      this.errors = fromServer
      this.#showErrors(error instanceof ApiError && error.status === 429 ? t.form.tooMany
        : Object.keys(fromServer).length > 0 ? t.form.invalid : t.form.failed)
    }
  }

  #send(fields: InitiativeFields): Promise<InitiativeWritten> {
    const geometry = { type: 'Point' as const, coordinates: this.point! }
    if (this.mode === 'proposal') return this.api.propose({ type: 'Feature', geometry, properties: fields })
    const initiative = this.initiative!
    const properties = changedFields(initiativeFieldsOf(initiative), fields)
    const moved = geometry.coordinates.some((value, index) => value !== initiative.geometry.coordinates[index])
    if (Object.keys(properties).length === 0 && !moved) throw new Error('no-change')
    return this.api.suggestChange(initiative.id, { properties, ...(moved ? { geometry } : {}) })
  }

  #check(fields: InitiativeFields): Record<string, string> {
    const t = mapMessages(this.language)
    const errors: Record<string, string> = {}
    if (!fields.name) errors.name = t.form.required
    if (fields.categories.length === 0) errors.categories = t.form.chooseCategory
    if (!fields.commune) errors.commune = t.form.chooseCommune
    if (!this.point) errors.location = t.form.placePoint
    return errors
  }

  async #showErrors(message: string): Promise<void> {
    this.message = message
    await this.updateComplete
    // Start from the first field to correct.
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]:not(fieldset)')
    ;(first ?? this.renderRoot.querySelector<HTMLElement>('.summary'))?.focus()
  }

  #reset(): void {
    this.point = undefined
    this.commune = ''
    this.errors = {}
    this.message = ''
    this.answer = undefined
    this.state = 'editing'
  }
}
