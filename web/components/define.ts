/**
 * The components shared by the site's pages. Element classes have no side
 * effects; the site's entry point calls `defineComponents()` to register
 * them, each through `defineElement` (define-element.ts), which lets two
 * bundles on one page (a site and a widget) coexist. The widgets load and
 * register theirs one by one (embed/widget-components.ts).
 */
import { defineElement } from './define-element.js'
import { ArchipelInitiativeList } from './initiatives/archipel-initiative-list.js'
import { ArchipelPointMap } from './map/archipel-point-map.js'

export { defineElement }

export function defineComponents(): void {
  defineElement('archipel-point-map', ArchipelPointMap)
  defineElement('archipel-initiative-list', ArchipelInitiativeList)
}

declare global {
  interface HTMLElementTagNameMap {
    'archipel-point-map': ArchipelPointMap
    'archipel-initiative-list': ArchipelInitiativeList
  }
}
