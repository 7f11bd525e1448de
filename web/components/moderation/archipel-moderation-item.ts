/**
 * `<archipel-moderation-item>`: one thing to decide — a proposed or changed
 * initiative, a report, a proposed event — with its change as a diff, the
 * possible duplicates, a reason and the approve / reject buttons.
 *
 * Attributes / properties: `language`; `.item` (ModerationItem);
 * `.categories` (Category[]); `.api` (InitiativeApi).
 * Events: `archipel-moderation-decided` ({ id, decision }) once saved.
 */
import { html, LitElement, nothing } from 'lit'
import type { InitiativeApi, ModerationItem } from '../../api/initiatives.js'
import type { Category } from '../../api/types.js'
import { routePaths } from '../../page-paths.js'
import type { Language } from '../../i18n/language.js'
import { moderationMessages } from '../../i18n/moderation.js'
import { archipelModerationItemStyles } from './archipel-moderation-item.styles.js'

export interface ModerationDecidedDetail { id: string; decision: 'approve' | 'reject' }

export class ArchipelModerationItem extends LitElement {
  static override styles = archipelModerationItemStyles

  static override properties = {
    language: {},
    item: { attribute: false },
    categories: { attribute: false },
    api: { attribute: false },
    state: { state: true },
    decided: { state: true },
  }

  declare language: Language
  declare item: ModerationItem
  declare categories: Category[]
  declare api: InitiativeApi
  declare state: 'idle' | 'sending' | 'failed'
  declare decided: 'approve' | 'reject' | undefined

  constructor() {
    super()
    this.language = 'fr'
    this.categories = []
    this.state = 'idle'
  }

  override render() {
    const t = moderationMessages(this.language)
    const item = this.item
    // A report's `before` is the initiative as published, its `after` the report itself.
    const named = ((item.kind === 'reports' ? item.before : item.after) ?? {}) as Record<string, unknown>
    const properties = (named.properties ?? named) as Record<string, unknown>
    const name = String(properties.name ?? properties.title ?? '')
    const targetPath = item.target.type === 'event' ? routePaths.event(item.target.id) : routePaths.initiative(item.target.id)
    const fresh = item.before === null || item.kind === 'reports'
    const duplicates = item.possible_duplicates ?? []
    return html`
      <article aria-labelledby="title">
        <header>
          <span class="kind">${t.kinds[item.kind] ?? item.kind}</span>
          <h3 id="title">${item.kind === 'reports' ? t.kinds.reports : fresh ? t.newThing : t.change}${name ? html` : <span class="name">${name}</span>` : nothing}</h3>
          <p class="meta">${t.proposedOn(item.created_at)} ${t.by} ${item.proposer?.email ?? t.anonymous}
            — <a href=${targetPath}>${t.target}</a></p>
        </header>
        <archipel-diff language=${this.language} .beforeFields=${fresh ? null : item.before ?? null}
          .afterFields=${item.after ?? null} .categories=${this.categories}></archipel-diff>
        ${duplicates.length > 0 ? html`
          <section class="duplicates" aria-label=${t.duplicates}>
            <h4>${t.duplicates}</h4>
            <ul>${duplicates.map((duplicate) => html`<li><a href=${routePaths.initiative(duplicate.id)}>${duplicate.name}</a>
              ${duplicate.distance_m !== undefined ? html` (${t.metres(duplicate.distance_m)})` : nothing}</li>`)}</ul>
          </section>` : nothing}
        ${this.decided ? html`<p class="done" role="status">${this.decided === 'approve' ? t.approved : t.rejected}</p>` : html`
          <label for="reason">${t.reason}</label>
          <textarea id="reason" maxlength="2000"></textarea>
          ${this.state === 'failed' ? html`<p class="error" role="alert">${t.decisionFailed}</p>` : nothing}
          <div class="actions">
            <button class="primary" type="button" ?disabled=${this.state === 'sending'} @click=${() => this.#decide('approve')}>${t.approve}</button>
            <button type="button" ?disabled=${this.state === 'sending'} @click=${() => this.#decide('reject')}>${t.reject}</button>
          </div>`}
      </article>
    `
  }

  async #decide(decision: 'approve' | 'reject'): Promise<void> {
    const reason = this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.value ?? ''
    this.state = 'sending'
    try {
      await this.api.decide(this.item.kind, this.item.id, decision, reason)
      this.decided = decision
      this.state = 'idle'
      this.dispatchEvent(new CustomEvent<ModerationDecidedDetail>('archipel-moderation-decided', {
        detail: { id: this.item.id, decision }, bubbles: true, composed: true,
      }))
    } catch (error) {
      console.error('archipel: decision failed', error)
      this.state = 'failed'
    }
  }
}
