/**
 * The agenda widget's layout: the dates (scrolling within `height` when it
 * is given), then the links to the whole agenda and its feed, then the credit.
 */
import { css } from 'lit'

export const archipelAgendaWidgetStyles = css`
  .events {
    max-height: var(--archipel-widget-height, none);
    overflow: auto;
    padding: 0.5em 0.75em;
  }
  .status { margin: 0 0 0.5em; font-size: 0.9em; color: var(--archipel-muted, #4b5563); }
  .more { margin: 0.5em 0 0; font-style: italic; }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0;
    padding: 0.5em 0.75em;
    border-top: 1px solid var(--archipel-border, #d1d5db);
  }
`
