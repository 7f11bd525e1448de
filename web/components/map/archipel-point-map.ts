/**
 * `<archipel-point-map>`: a MapLibre map of places — initiatives, rooms, an
 * event — clustered, each point in the colour it is given
 * (`point-colours.ts` colours initiatives by category, rooms in one colour),
 * over the offline base map or the operator's style.
 *
 * The element draws what it is given and says where the visitor looks; it
 * never fetches places itself (data down, events up).
 *
 * Attributes / properties:
 * - `bounds` (`"minLon,minLat,maxLon,maxLat"` | Bbox): area shown at first.
 * - `center` (`"lon,lat"` | [lon, lat]) and `zoom` (number, default 13, a
 *   town): the view shown at first instead of `bounds`.
 * - `style-url` (string): a MapLibre style to use instead of the offline base
 *   map; read when the map is created.
 * - `language` (`fr` | `en`): language of the controls, read at creation.
 * - `.points` (ColouredPoints): the points to draw, each with its id, name
 *   and colour.
 * - `selected` (string): the id of the chosen point, drawn with a ring
 *   even inside a cluster.
 * - `.marker` ([lon, lat]): a draggable marker (a point being placed).
 * - `placing` (boolean): a click on the map places the point (see
 *   `archipel-point-place`) instead of choosing a point.
 * - `lazy` (boolean): MapLibre is loaded only once the map nears the screen
 *   (the widgets, far down a partner's page); the site's maps start at once.
 * - `.map` (read only): the MapLibre map once created, for tests and tools.
 * Attributes it sets: `data-loaded-features` (number of points drawn,
 * set once the map has rendered the `.points` it was given), `data-state` (`loading` | `ready` |
 * `unavailable`), `data-selected-shown` (the id of the point drawn as chosen).
 *
 * Events:
 * - `archipel-viewport-change` ({ bbox }): the visible area settled (after
 *   load and after each move); when the map cannot be shown, the area it
 *   would have shown (`bounds`).
 * - `archipel-point-select` ({ id, coordinates }): a point was clicked.
 * - `archipel-point-place` ({ coordinates }): with `placing`, the map was
 *   clicked or the marker dragged there.
 *
 * Changing `bounds`, or `center` and `zoom`, after creation moves the map there.
 * Methods: `flyTo(coordinates)`, `fitTo(bbox)`.
 * Parts: `map` (the map container).
 * CSS custom properties: `--archipel-map-height`, `--archipel-map-sea`,
 * `--archipel-map-land`, `--archipel-map-coastline`, `--archipel-map-border`,
 * `--archipel-map-cluster`, `--archipel-map-selected`, `--archipel-focus`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, Marker, StyleSpecification } from 'maplibre-gl'
import type { Bbox } from '../../api/types.js'
import { defaultBasemapColours, type BasemapColours } from '../../basemap/colours.js'
import { messages, type Language } from '../../i18n/language.js'
import { archipelPointMapStyles } from './archipel-point-map.styles.js'
import { loadMapLibre, whenOnScreen, type MapLibre } from './load-maplibre.js'
import {
  clusterLayer, noPoints, pointLayer, pointLayers, pointSource, pointSourceSpec, selectedLayerSpec, selectedSource, visibleBbox, bboxAttribute, lonLatAttribute,
} from './map-layers.js'
import type { ColouredPoints } from './point-colours.js'

export interface ViewportChangeDetail { bbox: Bbox }
export interface PointSelectDetail { id: string; coordinates: [number, number] }
export interface PointPlaceDetail { coordinates: [number, number] }

export class ArchipelPointMap extends LitElement {
  static override styles = archipelPointMapStyles

  static override properties = {
    bounds: { converter: bboxAttribute },
    center: { converter: lonLatAttribute },
    zoom: { type: Number },
    styleUrl: { attribute: 'style-url' },
    language: {},
    points: { attribute: false },
    selected: {},
    marker: { attribute: false },
    placing: { type: Boolean },
    lazy: { type: Boolean },
    state: { state: true },
  }

  declare bounds: Bbox | undefined
  declare center: [number, number] | undefined
  declare zoom: number | undefined
  declare styleUrl: string | undefined
  declare language: Language
  declare points: ColouredPoints | undefined
  declare selected: string | undefined
  declare marker: [number, number] | undefined
  declare placing: boolean
  declare lazy: boolean
  declare state: 'loading' | 'ready' | 'unavailable'

  #map: MapLibreMap | undefined
  #maplibre: MapLibre | undefined
  #marker: Marker | undefined
  /** Bumped when the element leaves the page, to drop a map still loading. */
  #generation = 0

  constructor() {
    super()
    this.language = 'fr'
    this.state = 'loading'
    this.placing = false
    this.lazy = false
  }

  /** The MapLibre map, once created (undefined before and after). */
  get map(): MapLibreMap | undefined {
    return this.#map
  }

  override connectedCallback(): void {
    super.connectedCallback()
    // Moved in the page: the map was removed on disconnection, make it again.
    if (this.hasUpdated && !this.#map) void this.#start()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#generation++
    this.#map?.remove()
    this.#map = undefined
    this.#marker = undefined
    delete this.dataset.loadedFeatures
  }

  override render() {
    const t = messages(this.language)
    return html`
      <div class="map" part="map"></div>
      ${this.state === 'unavailable' ? html`<p class="unavailable" role="status">${t.map.unavailable}</p>` : nothing}
    `
  }

  protected override firstUpdated(): void {
    void this.#start()
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state')) this.dataset.state = this.state
    if (changed.has('points')) this.#showPoints()
    if (changed.has('points') || changed.has('selected')) this.#showSelected()
    if (changed.has('marker')) this.#showMarker()
    if ((changed.has('center') || changed.has('zoom')) && this.#view) this.#map?.jumpTo(this.#view)
    // A view asked by `center` stays: new bounds (a widget's results) do not move it.
    else if (changed.has('bounds') && changed.get('bounds') !== undefined && this.bounds && !this.#view) {
      this.#map?.fitBounds(this.bounds, { padding: 24 })
    }
  }

  /** The view `center` and `zoom` ask for, if they do. */
  get #view(): { center: [number, number]; zoom: number } | undefined {
    return this.center && { center: this.center, zoom: Number.isFinite(this.zoom) ? Math.min(Math.max(this.zoom!, 0), 22) : 13 }
  }

  flyTo(coordinates: [number, number]): void {
    const map = this.#map
    if (!map) return
    map.flyTo({ center: coordinates, zoom: Math.max(map.getZoom(), 14), essential: true })
  }

  /** Shows the whole of an area (a territory's results), never closer than a street. */
  fitTo(bbox: Bbox): void {
    this.#map?.fitBounds(bbox, { padding: 48, maxZoom: 15 })
  }

  async #start(): Promise<void> {
    this.state = 'loading'
    try {
      await this.#createMap()
    } catch (error) {
      console.error('archipel-point-map: the map could not be created', error)
      this.state = 'unavailable'
      // Views that follow the map (its list) still get an area to show.
      if (this.bounds) this.#announceViewport(this.bounds)
    }
  }

  async #createMap(): Promise<void> {
    const generation = this.#generation
    const container = this.renderRoot.querySelector<HTMLElement>('.map')
    const t = messages(this.language)
    if (this.lazy) {
      await whenOnScreen(this)
      if (generation !== this.#generation) return
    }
    const [maplibre, style] = await Promise.all([loadMapLibre(), this.#style(this.#basemapColours())])
    // The element may have left the page while MapLibre was loading.
    if (generation !== this.#generation || !container) return

    const map = new maplibre.Map({
      container,
      style,
      ...(this.#view ?? { bounds: this.bounds, fitBoundsOptions: { padding: 24 } }),
      locale: t.map.controls,
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
    })
    this.#map = map
    this.#maplibre = maplibre
    map.touchZoomRotate.disableRotation()
    map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right')
    map.on('error', (event) => console.error('archipel-point-map:', event.error))

    map.once('load', () => {
      map.addSource(pointSource, pointSourceSpec(noPoints))
      map.addSource(selectedSource, { type: 'geojson', data: noPoints })
      for (const layer of pointLayers(this.#cssValue('--archipel-map-cluster', '#1f5f5b'))) map.addLayer(layer)
      map.addLayer(selectedLayerSpec(this.#cssValue('--archipel-map-selected', '#111827')))
      map.on('click', clusterLayer, (event) => void this.#zoomIntoCluster(map, event))
      map.on('click', pointLayer, (event) => this.#selectPoint(event))
      map.on('click', (event) => {
        if (this.placing) this.#place([event.lngLat.lng, event.lngLat.lat])
      })
      for (const layer of [clusterLayer, pointLayer]) {
        map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'))
        map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''))
      }
      map.on('moveend', () => this.#announceViewport(visibleBbox(map)))
      this.state = 'ready'
      this.#announceViewport(visibleBbox(map))
      this.#showPoints()
      this.#showSelected()
      this.#showMarker()
    })
  }

  #showMarker(): void {
    const map = this.#map
    const maplibre = this.#maplibre
    if (!map || !maplibre) return
    if (!this.marker) {
      this.#marker?.remove()
      this.#marker = undefined
      return
    }
    if (!this.#marker) {
      const marker = new maplibre.Marker({ draggable: true, color: this.#cssValue('--archipel-map-cluster', '#1f5f5b') })
      marker.on('dragend', () => {
        const { lng, lat } = marker.getLngLat()
        this.#place([lng, lat])
      })
      this.#marker = marker.setLngLat(this.marker).addTo(map)
    } else {
      this.#marker.setLngLat(this.marker)
    }
  }

  #place(coordinates: [number, number]): void {
    // Seven decimals (~1 cm), as the API answers them.
    const rounded = coordinates.map((value) => Math.round(value * 1e7) / 1e7) as [number, number]
    this.dispatchEvent(new CustomEvent<PointPlaceDetail>('archipel-point-place', { detail: { coordinates: rounded }, bubbles: true, composed: true }))
  }

  #style(colours: BasemapColours): Promise<StyleSpecification | string> {
    if (this.styleUrl) return Promise.resolve(this.styleUrl)
    return import('../../basemap/offline-style.js').then(({ loadOfflineStyle }) => loadOfflineStyle(colours))
  }

  #showPoints(): void {
    const map = this.#map
    const source = map?.getSource<GeoJSONSource>(pointSource)
    if (!map || !source) return
    const points = this.points ?? noPoints
    void source.setData(points)
    if (!this.points) return
    // Tests and tools wait for this: the points are drawn, not only received.
    map.once('idle', () => {
      if (this.#map === map) this.dataset.loadedFeatures = String(points.features.length)
    })
  }

  #showSelected(): void {
    const source = this.#map?.getSource<GeoJSONSource>(selectedSource)
    if (!source) return
    const chosen = this.selected === undefined ? [] : (this.points?.features ?? []).filter((point) => point.properties.id === this.selected)
    void source.setData({ type: 'FeatureCollection', features: chosen })
    if (chosen.length > 0) this.dataset.selectedShown = this.selected
    else delete this.dataset.selectedShown
  }

  #announceViewport(bbox: Bbox): void {
    this.dispatchEvent(new CustomEvent<ViewportChangeDetail>('archipel-viewport-change', { detail: { bbox }, bubbles: true, composed: true }))
  }

  async #zoomIntoCluster(map: MapLibreMap, event: MapLayerMouseEvent): Promise<void> {
    const cluster = event.features?.[0]
    const source = map.getSource<GeoJSONSource>(pointSource)
    if (!cluster || !source || cluster.geometry.type !== 'Point') return
    const zoom = await source.getClusterExpansionZoom(cluster.properties.cluster_id as number)
    map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom })
  }

  #selectPoint(event: MapLayerMouseEvent): void {
    if (this.placing) return
    const point = event.features?.[0]
    if (!point || point.geometry.type !== 'Point') return
    const detail = { id: String(point.properties.id), coordinates: point.geometry.coordinates as [number, number] }
    this.dispatchEvent(new CustomEvent<PointSelectDetail>('archipel-point-select', { detail, bubbles: true, composed: true }))
  }

  #basemapColours(): BasemapColours {
    return {
      sea: this.#cssValue('--archipel-map-sea', defaultBasemapColours.sea),
      land: this.#cssValue('--archipel-map-land', defaultBasemapColours.land),
      coastline: this.#cssValue('--archipel-map-coastline', defaultBasemapColours.coastline),
      border: this.#cssValue('--archipel-map-border', defaultBasemapColours.border),
    }
  }

  #cssValue(name: string, fallback: string): string {
    return getComputedStyle(this).getPropertyValue(name).trim() || fallback
  }
}

declare global {
  interface HTMLElementEventMap {
    'archipel-viewport-change': CustomEvent<ViewportChangeDetail>
    'archipel-point-select': CustomEvent<PointSelectDetail>
    'archipel-point-place': CustomEvent<PointPlaceDetail>
  }
}
