import { css } from 'lit'

export const archipelRoomListStyles = css`
  :host {
    display: block;
    color: var(--archipel-text, #1f2933);
  }
  .status {
    margin: 0;
    padding: 0.6rem 1rem;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    padding: 0.6rem 1rem;
    border-top: 1px solid var(--archipel-border, #d9d6cc);
  }
  .name {
    font-weight: 600;
    color: var(--archipel-accent, #1f5f5b);
  }
  .host, .equipment {
    color: var(--archipel-muted, #5b6470);
    font-size: 0.92em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
  }
  a:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 2px;
  }
`
