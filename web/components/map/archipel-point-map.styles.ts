// Sizes in em, never rem: inside a partner's widget the root font size is the partner page's.
import { css, unsafeCSS } from 'lit'
// MapLibre's own stylesheet, loaded inside the shadow root where the map lives
// (a document-level <link> would not reach it).
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline'

export const archipelPointMapStyles = [
  unsafeCSS(maplibreCss),
  css`
    :host {
      display: block;
      position: relative;
      min-height: 240px;
      height: var(--archipel-map-height, 100%);
      background: var(--archipel-map-sea, #c9dfe6);
    }
    .map {
      position: absolute;
      inset: 0;
    }
    .unavailable {
      position: absolute;
      inset: auto 1em 1em 1em;
      margin: 0;
      padding: 0.75em 1em;
      border-radius: 0.5em;
      background: #ffffff;
      color: #1b2424;
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
    }
    .maplibregl-canvas:focus-visible {
      outline: 3px solid var(--archipel-focus, #d97706);
      outline-offset: -3px;
    }
  `,
]
