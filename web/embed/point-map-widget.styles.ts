/**
 * The map-and-list widgets' layout: the map with the chosen place under it,
 * the list beside it (under it on a narrow screen), the credit below. Either
 * one alone fills the width (`view="map"` or `view="list"`).
 */
import { css } from 'lit'

export const pointMapWidgetStyles = css`
  .widget {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(12em, 1fr);
    grid-template-areas: 'map list' 'chosen list' 'credit credit';
  }
  .map {
    grid-area: map;
    --archipel-map-height: var(--archipel-widget-height);
  }
  .list {
    grid-area: list;
    max-height: var(--archipel-widget-height);
    overflow: auto;
    padding: 0.5em;
    box-sizing: border-box;
  }
  .widget:not(:has(.map)) .list { grid-column: 1 / -1; }
  .widget:not(:has(.list)) .map { grid-column: 1 / -1; }
  .chosen { grid-area: chosen; margin: 0; padding: 0.5em 0.75em; font-weight: 600; }
  @media (max-width: 40em) {
    .widget { grid-template-columns: minmax(0, 1fr); grid-template-areas: 'map' 'chosen' 'list' 'credit'; }
    .list { max-height: 16em; }
  }
`
