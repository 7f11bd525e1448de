import { css } from 'lit'

export const archipelInitiativeListStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--archipel-text, #1b2424);
  }
  .status {
    margin: 0;
    padding: 0.75rem 1rem;
    font-size: 0.95rem;
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
    contain-intrinsic-size: auto 3.5rem;
  }
  button {
    display: flex;
    gap: 0.6rem;
    align-items: baseline;
    width: 100%;
    padding: 0.6rem 1rem;
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
    width: 0.7rem;
    height: 0.7rem;
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
    font-size: 0.875rem;
    color: var(--archipel-muted, #4b5757);
  }
  .more {
    display: block;
    width: auto;
    margin: 0.75rem 1rem;
    padding: 0.5rem 1rem;
    border: 1px solid currentColor;
    border-radius: 0.4rem;
    color: var(--archipel-accent, #1f5f5b);
    font-weight: 600;
  }
`
