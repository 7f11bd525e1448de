/**
 * `/embed.js`, the partner widgets' script (SPEC §6): an ES module that
 * registers `<archipel-map>`, `<archipel-agenda>` and `<archipel-rooms>`;
 * each loads the site's components it is made of when it first needs them
 * (widget-components.ts). Registering twice (two
 * script tags, two versions) is harmless: a name already defined is left
 * as it is (components/define-element.ts).
 */
import { defineElement } from '../components/define-element.js'
import { ArchipelAgendaWidget } from './archipel-agenda-widget.js'
import { ArchipelMapWidget } from './archipel-map-widget.js'
import { ArchipelRoomsWidget } from './archipel-rooms-widget.js'

declare global {
  interface HTMLElementTagNameMap {
    'archipel-map': ArchipelMapWidget
    'archipel-agenda': ArchipelAgendaWidget
    'archipel-rooms': ArchipelRoomsWidget
  }
}

defineElement('archipel-map', ArchipelMapWidget)
defineElement('archipel-agenda', ArchipelAgendaWidget)
defineElement('archipel-rooms', ArchipelRoomsWidget)
