/**
 * `<archipel-agenda-subscribe>`: a feed offered to calendar applications as
 * an https link and a webcal:// link (SPEC §5), each with a copy button and
 * a spoken "Copié"; optionally the Atom feed.
 *
 * Properties: `url` (the feed's http(s) address), `atom` (optional Atom
 * address), `heading` (optional title; default "S'abonner à cet agenda"),
 * `language`.
 * Parts: `box`.
 */
import { html, LitElement, nothing } from 'lit'
import { toWebcal } from '../../api/events.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { archipelAgendaSubscribeStyles } from './archipel-agenda-subscribe.styles.js'

export class ArchipelAgendaSubscribe extends LitElement {
  static override styles = archipelAgendaSubscribeStyles

  static override properties = {
    url: {},
    atom: {},
    heading: {},
    language: {},
    copied: { state: true },
  }

  declare url: string
  declare atom: string | undefined
  declare heading: string | undefined
  declare language: Language
  /** What the live region says after a copy. */
  declare copied: string

  constructor() {
    super()
    this.url = ''
    this.language = 'fr'
    this.copied = ''
  }

  override render() {
    const t = agendaMessages(this.language)
    const webcal = toWebcal(this.url)
    const row = (id: string, label: string, value: string) => html`
      <div class="row">
        <label for=${id}>${label}</label>
        <div class="value">
          <input id=${id} readonly .value=${value} @focus=${(event: Event) => (event.target as HTMLInputElement).select()}>
          <button type="button" aria-label=${t.subscribe.copyLabel(label)} @click=${() => void this.#copy(value)}>${t.subscribe.copy}</button>
        </div>
      </div>`
    return html`
      <section part="box" aria-labelledby="subscribe-title">
        <h2 id="subscribe-title">${this.heading ?? t.subscribe.title}</h2>
        <p class="help">${t.subscribe.help}</p>
        ${row('feed-https', t.subscribe.https, this.url)}
        ${row('feed-webcal', t.subscribe.webcal, webcal)}
        <p class="links">
          <a href=${webcal}>${t.subscribe.open}</a>
          ${this.atom ? html`<a href=${this.atom} type="application/atom+xml">${t.subscribe.atom}</a>` : nothing}
        </p>
        <p class="status" role="status" aria-live="polite">${this.copied}</p>
      </section>`
  }

  async #copy(value: string): Promise<void> {
    const t = agendaMessages(this.language)
    // Empty first, so copying twice is announced twice.
    this.copied = ''
    await this.updateComplete
    try {
      await navigator.clipboard.writeText(value)
      this.copied = t.subscribe.copied
    } catch {
      this.copied = t.subscribe.copyFailed
    }
  }
}
