/**
 * `<archipel-map>`: the partner widget of the contributory map (SPEC §6),
 * for any website: the initiatives matching its attributes on the site's own
 * point map, with the list as its keyboard and screen-reader alternative.
 *
 * Attributes: the API's filters `category`, `territory`, `legal_form`
 * (comma-separated, as in /api/initiatives) and `q`; `bbox`, `center`, `zoom` and `view`
 * (point-map-widget.ts);
 * `src`, `lang`, `height` (archipel-widget.ts). Changing one updates it.
 * CSS custom properties: those of `<archipel-point-map>`,
 * `<archipel-initiative-list>` and widget.styles.ts.
 */
import { html, type PropertyDeclarations } from 'lit'
import type { Bbox, Initiative } from '../api/types.js'
import { colouredByCategory } from '../components/map/point-colours.js'
import { routePaths } from '../page-paths.js'
import { listAttribute } from './archipel-widget.js'
import { PointMapWidget } from './point-map-widget.js'

export class ArchipelMapWidget extends PointMapWidget<Initiative> {
  static override properties: PropertyDeclarations = {
    category: {},
    territory: {},
    q: {},
    legal_form: {},
  }

  protected static override filterProperties = [...PointMapWidget.filterProperties, 'category', 'territory', 'q', 'legal_form']

  declare category: string | undefined
  declare territory: string | undefined
  declare q: string | undefined
  declare legal_form: string | undefined

  protected override fetchPlaces(bbox: Bbox | undefined, signal: AbortSignal) {
    const filters = { q: this.q ?? '', categories: listAttribute(this.category), territories: listAttribute(this.territory), legalForms: listAttribute(this.legal_form) }
    return this.api.initiatives.search(filters, bbox, signal)
  }

  protected override pointsOf(initiatives: Initiative[]) {
    return colouredByCategory(initiatives, this.categories)
  }

  protected override pagePath(initiative: Initiative): string {
    return routePaths.initiative(initiative.id)
  }

  protected override readonly listComponent = 'archipel-initiative-list'

  protected override renderList() {
    return html`<archipel-initiative-list class="list" part="list" language=${this.language} status=${this.status}
      .initiatives=${this.listed} .categories=${this.categories}
      @archipel-initiative-select=${(event: CustomEvent<{ id: string }>) => this.choose(event.detail.id)}></archipel-initiative-list>`
  }
}
