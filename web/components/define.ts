/**
 * The one place where Archipel's custom elements are registered. Element
 * classes have no side effects; importing this module and calling
 * `defineComponents()` (the site, the embed script) registers them. The
 * guard lets two bundles on one page (a site and a widget) coexist.
 */
import { ArchipelInitiativeList } from './initiatives/archipel-initiative-list.js'
import { ArchipelPointMap } from './map/archipel-point-map.js'

export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element)
}

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
