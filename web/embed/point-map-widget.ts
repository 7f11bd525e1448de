/**
 * The widgets that show places on a map with their list beside it
 * (`<archipel-map>`, `<archipel-rooms>`): the site's own point map, the list
 * as its keyboard and screen-reader alternative, and the place chosen on the
 * map named under it, linking to its full page in a new tab.
 *
 * Attributes, beyond ArchipelWidget's: `bbox` (`minLon,minLat,maxLon,maxLat`:
 * the places searched and the area shown first; default: everywhere, shown
 * as the results' box, or the instance's area), `center` (`lon,lat`) and
 * `zoom` (default 13): the view shown first instead; `view` (`map`, `list`,
 * or `map list`, the default).
 *
 * As on the site's map page, the list beside the map holds what the map
 * shows: when the map moves, the list follows, from the places already
 * fetched while they are all there, else from a new request for the visible
 * area (a national map holds more places than one answer).
 * Parts: `map`, `list`, `chosen`, `credit`.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit'
import type { Bbox } from '../api/types.js'
import type { ViewportChangeDetail } from '../components/map/archipel-point-map.js'
import { bboxAttribute, extentOf, lonLatAttribute } from '../components/map/map-layers.js'
import type { ColouredPoints, MapPlace } from '../components/map/point-colours.js'
import { ArchipelWidget, listAttribute } from './archipel-widget.js'
import { embedMessages } from './messages.js'
import { useComponents, type WidgetComponent } from './widget-components.js'
import { pointMapWidgetStyles } from './point-map-widget.styles.js'
import { widgetStyles } from './widget.styles.js'

/** Places as the API lists them: a page, with a `next` link when more remain. */
export interface PlaceCollection<Place> {
  features: Place[]
  links: { rel: string }[]
  numberMatched?: number
  numberReturned?: number
}

/** How long the map rests before the list follows it. */
const followDelayMs = 300

export abstract class PointMapWidget<Place extends MapPlace> extends ArchipelWidget {
  static override styles = [widgetStyles, pointMapWidgetStyles]

  static override properties: PropertyDeclarations = {
    bbox: { converter: bboxAttribute },
    center: { converter: lonLatAttribute },
    zoom: { type: Number },
    view: {},
    found: { state: true },
    viewport: { state: true },
    chosen: { state: true },
  }

  protected static override filterProperties: readonly string[] = ['bbox']

  declare bbox: Bbox | undefined
  declare center: [number, number] | undefined
  declare zoom: number | undefined
  declare view: string | undefined
  declare found: PlaceCollection<Place> | undefined
  /** The area the map shows, once it shows one. */
  declare viewport: Bbox | undefined
  declare chosen: Place | undefined

  /** The places as the map draws them; those of the list (in the viewport). */
  #points: ColouredPoints | undefined
  #listed: PlaceCollection<Place> | undefined
  /** The box of the filters' results, shown first when neither `bbox` nor `center` is given. */
  #extent: Bbox | undefined
  /** The area `found` was asked for (undefined: everywhere). */
  #foundFor: Bbox | undefined
  #followTimer: ReturnType<typeof setTimeout> | undefined

  /** The places of the widget's filters in an area (undefined: everywhere). */
  protected abstract fetchPlaces(bbox: Bbox | undefined, signal: AbortSignal): Promise<PlaceCollection<Place>>
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
    }
    if (changed.has('found') || changed.has('viewport')) this.#listed = this.#inViewport()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.#followTimer)
  }

  /** A change of filters: the places of the whole `bbox`, whose box the map then shows. */
  protected override async load(signal: AbortSignal): Promise<void> {
    clearTimeout(this.#followTimer)
    const found = await this.fetchPlaces(this.bbox, signal)
    this.#extent = extentOf(found)
    this.#foundFor = this.bbox
    this.found = found
  }

  /** The list follows the map: at once from the places held, or by a request for the visible area. */
  #follow(viewport: Bbox): void {
    this.viewport = viewport
    clearTimeout(this.#followTimer)
    const complete = this.found !== undefined && isComplete(this.found)
    // Before the first answer, the load under way is for the filters; after it, the places held may do.
    if (!this.found || (complete && (!this.#foundFor || contains(this.#foundFor, viewport)))) return
    this.#followTimer = setTimeout(() => void this.reload(async (signal) => {
      const found = await this.fetchPlaces(viewport, signal)
      this.#foundFor = viewport
      this.found = found
    }), followDelayMs)
  }

  #inViewport(): PlaceCollection<Place> | undefined {
    const viewport = this.viewport
    if (!this.found || !viewport || !this.#views.has('map')) return this.found
    const features = this.found.features.filter((place) => contains(viewport, place.geometry.coordinates))
    // The list says how many it holds: those in view, of all those in view when the answer held them all.
    const numberMatched = isComplete(this.found) ? features.length : this.found.numberMatched
    return { ...this.found, features, numberReturned: features.length, ...(numberMatched === undefined ? {} : { numberMatched }) }
  }

  override render() {
    const t = embedMessages(this.language)
    const views = this.#views
    return html`
      <div class="widget" style="--archipel-widget-height: ${this.height || '480px'}">
        ${views.has('map') && this.settings ? html`
          <archipel-point-map class="map" part="map" lazy language=${this.language} .bounds=${this.bbox ?? this.#extent ?? this.settings.map_bounds}
            .center=${this.center} zoom=${this.zoom ?? nothing}
            style-url=${this.settings.map_style_url ?? nothing} .points=${this.#points}
            selected=${this.chosen?.id ?? nothing}
            @archipel-viewport-change=${(event: CustomEvent<ViewportChangeDetail>) => this.#follow(event.detail.bbox)}
            @archipel-point-select=${(event: CustomEvent<{ id: string }>) => this.choose(event.detail.id)}></archipel-point-map>` : nothing}
        ${this.chosen ? html`<p class="chosen" part="chosen">
          <a href=${this.server + this.pagePath(this.chosen)} target="_blank" rel="noopener">${this.chosen.properties.name}</a>
          <span class="visually-hidden">${t.newTab}</span></p>` : nothing}
        ${views.has('list') ? this.renderList() : nothing}
        ${this.renderCredit()}
      </div>
    `
  }

  /** The places the list shows: those the map shows. */
  protected get listed(): PlaceCollection<Place> | undefined {
    return this.#listed
  }

  get #views(): Set<string> {
    return new Set(listAttribute((this.view ?? 'map list').replace(/\s+/g, ',')))
  }

  /** Names the place of this id under the map (chosen on the map or in the list). */
  protected choose(id: string): void {
    this.chosen = this.found?.features.find((place) => place.id === id)
  }
}

/** Whether an answer holds every place asked for (no `next` page). */
function isComplete(found: PlaceCollection<unknown>): boolean {
  return !found.links.some((link) => link.rel === 'next')
}

/** Whether a box holds a point or another box. */
function contains(box: Bbox, inner: Bbox | readonly number[]): boolean {
  const [minLon, minLat, maxLon, maxLat] = inner.length === 4 ? inner : [inner[0]!, inner[1]!, inner[0]!, inner[1]!]
  return box[0] <= minLon! && box[1] <= minLat! && box[2] >= maxLon! && box[3] >= maxLat!
}
