/**
 * `/embed.js`, the partner widgets' script (SPEC §6): an ES module that
 * registers `<archipel-map>` and the site's own components it is made of.
 * Registering twice (two script tags, two versions) is harmless: a name
 * already defined is left as it is (components/define.ts).
 */
import { defineComponents, defineElement } from '../components/define.js'
import { ArchipelMapWidget } from './archipel-map-widget.js'

declare global {
  interface HTMLElementTagNameMap {
    'archipel-map': ArchipelMapWidget
  }
}

defineComponents()
defineElement('archipel-map', ArchipelMapWidget)
