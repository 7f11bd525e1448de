/**
 * What every widget looks like inside its shadow root: the host page's CSS
 * (`* { box-sizing: content-box; font-size: 30px }`, `div { display: flex }`,
 * `canvas { display: none }`) does not reach in, and nothing here leaks out.
 * Inherited properties (font, colour) are set again inside for the same reason.
 * Theming: `--archipel-widget-font`, `--archipel-widget-radius`,
 * `--archipel-text`, `--archipel-accent`, `--archipel-border`, `--archipel-focus`.
 */
import { css } from 'lit'

export const widgetStyles = css`
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
    box-sizing: border-box;
  }
  .credit { grid-area: credit; margin: 0; padding: 0.25em 0.75em; font-size: 0.8em; border-top: 1px solid var(--archipel-border, #d1d5db); }
  a { color: var(--archipel-accent, #1f5f5b); }
  a:focus-visible, button:focus-visible { outline: 3px solid var(--archipel-focus, #f59e0b); outline-offset: 2px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`
