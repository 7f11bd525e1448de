/**
 * `<archipel-room-list>`: the rooms found, as a list (the map's accessible
 * alternative): name linking to the room's page, host, capacity,
 * equipment, access and conditions.
 *
 * Attributes / properties: `language` (`fr` | `en`), `status` (`loading` |
 * `ready` | `failed`), `.rooms` (RoomCollection), `link-base` (the
 * Archipel server, inside a widget: site-link.ts).
 * Parts: `status`, `list`, `item`.
 */
import { html, LitElement, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import type { RoomCollection } from '../../api/rooms.js'
import { routePaths } from '../../page-paths.js'
import { siteAnchor } from '../site-link.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import { archipelRoomListStyles } from './archipel-room-list.styles.js'

export class ArchipelRoomList extends LitElement {
  static override styles = archipelRoomListStyles

  static override properties = {
    language: {},
    status: {},
    rooms: { attribute: false },
    linkBase: { attribute: 'link-base' },
  }

  declare language: Language
  declare status: 'loading' | 'ready' | 'failed'
  declare rooms: RoomCollection | undefined
  declare linkBase: string

  constructor() {
    super()
    this.language = 'fr'
    this.status = 'loading'
    this.linkBase = ''
  }

  override render() {
    const t = roomMessages(this.language)
    const rooms = this.rooms?.features ?? []
    const status = this.status === 'failed'
      ? t.list.failed
      : this.status === 'loading' && !this.rooms ? t.list.loading : t.list.count(rooms.length)
    return html`
      <p class="status" part="status" role="status">${status}</p>
      <ul part="list" aria-label=${t.list.label}>
        ${repeat(rooms, (room) => room.id, (room) => {
          const p = room.properties
          return html`
            <li part="item" data-id=${room.id}>
              ${siteAnchor(this.linkBase, routePaths.room(room.id), p.name, 'name')}
              <span class="host">${t.list.host} ${p.host_name}${p.commune_name ? html` — ${p.commune_name}` : nothing}</span>
              <span class="facts">
                <span class="capacity">${t.list.people(p.capacity)}</span>
                ${p.step_free ? html`<span>${t.room.stepFree}</span>` : nothing}
                <span>${p.free ? t.room.free : t.room.notFree}</span>
              </span>
              ${p.equipment.length > 0
                ? html`<span class="equipment">${p.equipment.map((item) => t.equipment[item] ?? item).join(', ')}</span>`
                : nothing}
            </li>`
        })}
      </ul>
    `
  }
}
