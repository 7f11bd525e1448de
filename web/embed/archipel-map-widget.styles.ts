/**
 * The map widget's own look, inside its shadow root: the host page's CSS
 * (`* { box-sizing: content-box; font-size: 30px }`, `div { display: flex }`,
 * `canvas { display: none }`) does not reach in, and nothing here leaks out.
 * Inherited properties (font, colour) are set again inside for the same reason.
 */
import { css } from 'lit'

export const archipelMapWidgetStyles = css`
  :host {
    display: block;
    border: 1px solid var(--archipel-border, #d1d5db);
    border-radius: var(--archipel-widget-radius, 8px);
    overflow: hidden;
    background: #fff;
  }
  /* Set here, not on :host: the page's own rules (\`* { font-size: 30px }\`) win over :host on the element itself. */
  .widget {
    font: 16px/1.4 var(--archipel-widget-font, system-ui, sans-serif);
    color: var(--archipel-text, #1f2937);
    text-align: start;
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(12em, 1fr);
    grid-template-areas: 'map list' 'chosen list' 'credit credit';
    box-sizing: border-box;
  }
  archipel-point-map {
    grid-area: map;
    --archipel-map-height: var(--archipel-widget-height);
  }
  archipel-initiative-list {
    grid-area: list;
    max-height: var(--archipel-widget-height);
    overflow: auto;
    padding: 0.5em;
    box-sizing: border-box;
  }
  .widget:not(:has(archipel-point-map)) archipel-initiative-list { grid-column: 1 / -1; }
  .widget:not(:has(archipel-initiative-list)) archipel-point-map { grid-column: 1 / -1; }
  .chosen { grid-area: chosen; margin: 0; padding: 0.5em 0.75em; font-weight: 600; }
  .credit { grid-area: credit; margin: 0; padding: 0.25em 0.75em; font-size: 0.8em; border-top: 1px solid var(--archipel-border, #d1d5db); }
  a { color: var(--archipel-accent, #1f5f5b); }
  a:focus-visible { outline: 3px solid var(--archipel-focus, #f59e0b); outline-offset: 2px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (max-width: 40em) {
    .widget { grid-template-columns: minmax(0, 1fr); grid-template-areas: 'map' 'chosen' 'list' 'credit'; }
    archipel-initiative-list { max-height: 16em; }
  }
`
