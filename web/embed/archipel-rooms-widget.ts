/**
 * `<archipel-rooms>`: the partner widget of the rooms that organisations
 * lend (SPEC §6): the rooms matching its attributes on the site's point
 * map, with their list (capacity, equipment, access, conditions) as its
 * alternative; each room links to its page, where a loan is asked for.
 *
 * Attributes: the API's filters `territory`, `capacity_min`, `equipment`
 * (comma-separated), `step_free` and `free` (`true`); `bbox`, `center`,
 * `zoom` and `view` (point-map-widget.ts); `src`, `lang`, `height` (archipel-widget.ts).
 * Changing one updates it.
 */
import { html, type PropertyDeclarations } from 'lit'
import type { Room } from '../api/rooms.js'
import type { Bbox } from '../api/types.js'
import { colouredAs, roomColour } from '../components/map/point-colours.js'
import { filtersFromQuery, roomListParams } from '../components/rooms/room-filters.js'
import { routePaths } from '../page-paths.js'
import { PointMapWidget } from './point-map-widget.js'

/** The filter attributes, as the rooms page's address names them (room-filters.ts), by property. */
const roomFilters = {
  territory: 'territory', capacityMin: 'capacity_min', equipment: 'equipment', stepFree: 'step_free', free: 'free',
} as const

export class ArchipelRoomsWidget extends PointMapWidget<Room> {
  static override properties: PropertyDeclarations = Object.fromEntries(Object.entries(roomFilters).map(([property, attribute]) => [property, { attribute }]))

  protected static override filterProperties = [...PointMapWidget.filterProperties, ...Object.keys(roomFilters)]

  declare territory: string | undefined
  declare capacityMin: string | undefined
  declare equipment: string | undefined
  declare stepFree: string | undefined
  declare free: string | undefined

  protected override fetchPlaces(bbox: Bbox | undefined, signal: AbortSignal) {
    // The attributes are the rooms page's address parameters: read them as the page reads its address.
    const query = new URLSearchParams()
    for (const [property, attribute] of Object.entries(roomFilters)) {
      const value = this[property as keyof typeof roomFilters]
      if (value !== undefined && value !== null) query.set(attribute, value)
    }
    const params = roomListParams(filtersFromQuery(query))
    if (bbox) params.set('bbox', bbox.join(','))
    params.set('limit', '5000')
    return this.api.rooms.rooms(params, signal)
  }

  protected override pointsOf(rooms: Room[]) {
    return colouredAs(rooms, roomColour)
  }

  protected override pagePath(room: Room): string {
    return routePaths.room(room.id)
  }

  protected override readonly listComponent = 'archipel-room-list'

  protected override renderList() {
    return html`<archipel-room-list class="list" part="list" language=${this.language} status=${this.status}
      .rooms=${this.listed} link-base=${this.server}></archipel-room-list>`
  }
}
