/**
 * The widgets that show places on a map with their list beside it
 * (`<archipel-map>`, `<archipel-rooms>`): the site's own point map, the list
 * as its keyboard and screen-reader alternative, and the place chosen on the
 * map named under it, linking to its full page in a new tab.
 *
 * Attributes, beyond ArchipelWidget's: `bbox` (`minLon,minLat,maxLon,maxLat`:
 * the area shown first; default: the results, or the instance's area) and
 * `view` (`map`, `list`, or `map list`, the default).
 * Parts: `map`, `list`, `chosen`, `credit`.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit'
import type { Bbox } from '../api/types.js'
import { bboxAttribute, extentOf } from '../components/map/map-layers.js'
import type { ColouredPoints, MapPlace } from '../components/map/point-colours.js'
import { ArchipelWidget, listAttribute } from './archipel-widget.js'
import { embedMessages } from './messages.js'
import { useComponents, type WidgetComponent } from './widget-components.js'
import { pointMapWidgetStyles } from './point-map-widget.styles.js'
import { widgetStyles } from './widget.styles.js'

export abstract class PointMapWidget<Place extends MapPlace> extends ArchipelWidget {
  static override styles = [widgetStyles, pointMapWidgetStyles]

  static override properties: PropertyDeclarations = {
    bbox: { converter: bboxAttribute },
    view: {},
    found: { state: true },
    chosen: { state: true },
  }

  protected static override filterProperties: readonly string[] = ['bbox']

  declare bbox: Bbox | undefined
  declare view: string | undefined
  declare found: { features: Place[] } | undefined
  declare chosen: Place | undefined

  /** The places as the map draws them, and their box (shown when no `bbox` is given). */
  #points: ColouredPoints | undefined
  #extent: Bbox | undefined

  /** The places as coloured points. */
  protected abstract pointsOf(places: Place[]): ColouredPoints
  /** The path of a place's page on the site. */
  protected abstract pagePath(place: Place): string
  /** The list of the places found, with `class="list" part="list"`. */
  protected abstract renderList(): TemplateResult
  /** The component `renderList` uses. */
  protected abstract readonly listComponent: WidgetComponent

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed)
    if (!this.hasUpdated || changed.has('view')) {
      const views = this.#views
      useComponents(...(views.has('map') ? ['archipel-point-map' as const] : []), ...(views.has('list') ? [this.listComponent] : []))
    }
    // Derived once per change of the data, not per render: a new collection makes the map upload and cluster it again.
    if (changed.has('found') || changed.has('categories')) {
      this.#points = this.found && this.pointsOf(this.found.features)
      this.#extent = this.found && extentOf(this.found)
    }
  }

  override render() {
    const t = embedMessages(this.language)
    const views = this.#views
    return html`
      <div class="widget" style="--archipel-widget-height: ${this.height || '480px'}">
        ${views.has('map') && this.settings ? html`
          <archipel-point-map class="map" part="map" lazy language=${this.language} .bounds=${this.bbox ?? this.#extent ?? this.settings.map_bounds}
            style-url=${this.settings.map_style_url ?? nothing} .points=${this.#points}
            selected=${this.chosen?.id ?? nothing}
            @archipel-point-select=${(event: CustomEvent<{ id: string }>) => this.choose(event.detail.id)}></archipel-point-map>` : nothing}
        ${this.chosen ? html`<p class="chosen" part="chosen">
          <a href=${this.server + this.pagePath(this.chosen)} target="_blank" rel="noopener">${this.chosen.properties.name}</a>
          <span class="visually-hidden">${t.newTab}</span></p>` : nothing}
        ${views.has('list') ? this.renderList() : nothing}
        ${this.renderCredit()}
      </div>
    `
  }

  get #views(): Set<string> {
    return new Set(listAttribute((this.view ?? 'map list').replace(/\s+/g, ',')))
  }

  /** Names the place of this id under the map (chosen on the map or in the list). */
  protected choose(id: string): void {
    this.chosen = this.found?.features.find((place) => place.id === id)
  }
}
