// Sizes in em, never rem: inside a partner's widget the root font size is the partner page's.
import { css } from 'lit'

export const archipelInitiativeListStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--archipel-text, #1b2424);
  }
  .status {
    margin: 0;
    padding: 0.75em 1em;
    font-size: 0.95em;
    font-weight: 600;
    border-bottom: 1px solid var(--archipel-border, #d9d6cc);
  }
  .status.failed {
    color: var(--archipel-danger, #a1262d);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    border-bottom: 1px solid var(--archipel-border, #d9d6cc);
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }
  button {
    display: flex;
    gap: 0.6em;
    align-items: baseline;
    width: 100%;
    padding: 0.6em 1em;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button:hover {
    background: var(--archipel-hover, #ecebe4);
  }
  button:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: -3px;
  }
  .dot {
    flex: none;
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    border: 1px solid rgb(0 0 0 / 0.25);
    background: #6b7280;
  }
  .name {
    display: block;
    font-weight: 600;
  }
  .commune {
    display: block;
    font-size: 0.875em;
    color: var(--archipel-muted, #4b5757);
  }
  .more {
    display: block;
    width: auto;
    margin: 0.75em 1em;
    padding: 0.5em 1em;
    border: 1px solid currentColor;
    border-radius: 0.4em;
    color: var(--archipel-accent, #1f5f5b);
    font-weight: 600;
  }
`
