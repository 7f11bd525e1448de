/**
 * `<archipel-initiative-list>`: the initiatives shown on the map, as a list
 * of buttons (the map's keyboard and screen-reader alternative). Names are
 * sorted the French way; long lists grow by pages on request.
 *
 * Attributes / properties:
 * - `language` (`fr` | `en`).
 * - `status` (`loading` | `ready` | `failed`): state of the data.
 * - `.initiatives` (InitiativeCollection): the results to list.
 * - `.categories` (Category[]): the taxonomy, for the colour marks.
 *
 * Events:
 * - `archipel-initiative-select` ({ id, coordinates }): an item was chosen.
 *
 * Parts: `status`, `list`, `item`, `more`.
 * CSS custom properties: `--archipel-text`, `--archipel-muted`,
 * `--archipel-border`, `--archipel-hover`, `--archipel-focus`,
 * `--archipel-accent`, `--archipel-danger`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { styleMap } from 'lit/directives/style-map.js'
import type { Category, Initiative, InitiativeCollection } from '../../api/types.js'
import { messages, type Language } from '../../i18n/language.js'
import { archipelInitiativeListStyles } from './archipel-initiative-list.styles.js'

const pageSize = 100

export interface InitiativeSelectDetail { id: string; coordinates: [number, number] }

export class ArchipelInitiativeList extends LitElement {
  static override styles = archipelInitiativeListStyles

  static override properties = {
    language: {},
    status: {},
    initiatives: { attribute: false },
    categories: { attribute: false },
    shown: { state: true },
  }

  declare language: Language
  declare status: 'loading' | 'ready' | 'failed'
  declare initiatives: InitiativeCollection | undefined
  declare categories: Category[]
  declare shown: number

  #sorted: Initiative[] = []

  constructor() {
    super()
    this.language = 'fr'
    this.status = 'loading'
    this.categories = []
    this.shown = pageSize
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initiatives') || changed.has('language')) {
      const collator = new Intl.Collator(this.language, { sensitivity: 'base', numeric: true })
      this.#sorted = [...(this.initiatives?.features ?? [])].sort((a, b) =>
        collator.compare(a.properties.name, b.properties.name),
      )
    }
    if (changed.has('initiatives')) this.shown = pageSize
  }

  override render() {
    const t = messages(this.language)
    const colours = new Map(this.categories.map((category) => [category.slug, category.colour]))
    const visible = this.#sorted.slice(0, this.shown)
    const remaining = this.#sorted.length - visible.length
    return html`
      <p class="status ${this.status}" part="status" role="status">${this.#statusText()}</p>
      <ul part="list" aria-label=${t.list.label}>
        ${repeat(visible, (initiative) => initiative.id, (initiative) => html`
          <li>
            <button part="item" type="button" data-id=${initiative.id} @click=${() => this.#select(initiative)}>
              <span class="dot" aria-hidden="true"
                style=${styleMap({ background: colours.get(initiative.properties.categories[0] ?? '') ?? null })}></span>
              <span>
                <span class="name">${initiative.properties.name}</span>
                ${initiative.properties.commune_name
                  ? html`<span class="commune">${initiative.properties.commune_name}</span>`
                  : nothing}
              </span>
            </button>
          </li>`)}
      </ul>
      ${remaining > 0
        ? html`<button class="more" part="more" type="button" @click=${() => (this.shown += pageSize)}>
            ${t.list.showMore(Math.min(pageSize, remaining))}
          </button>`
        : nothing}
    `
  }

  #statusText(): string {
    const t = messages(this.language)
    if (this.status === 'failed') return t.list.failed
    if (this.status === 'loading' && !this.initiatives) return t.list.loading
    const collection = this.initiatives
    return t.list.count(collection?.numberReturned ?? 0, collection?.numberMatched ?? 0)
  }

  #select(initiative: Initiative): void {
    const detail: InitiativeSelectDetail = {
      id: initiative.id,
      coordinates: initiative.geometry.coordinates as [number, number],
    }
    this.dispatchEvent(new CustomEvent<InitiativeSelectDetail>('archipel-initiative-select', { detail, bubbles: true, composed: true }))
  }
}

declare global {
  interface HTMLElementEventMap {
    'archipel-initiative-select': CustomEvent<InitiativeSelectDetail>
  }
}
