import { css } from 'lit'

export const agendaPageStyles = css`
  :host {
    display: block;
    color: var(--archipel-text, #1b2424);
  }
  .page {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1.25rem 1rem 2rem;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  h1 {
    margin: 0;
    font-size: 1.7rem;
  }
  .heading nav {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
  }
  .share {
    color: var(--archipel-accent, #1f5f5b);
  }
  .propose {
    display: inline-block;
    padding: 0.45rem 0.9rem;
    border-radius: 0.4rem;
    background: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
    font-weight: 600;
    text-decoration: none;
  }
  .intro {
    margin: 0.4rem 0 1rem;
  }
  archipel-agenda-filters {
    margin-bottom: 1rem;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 20rem;
    gap: 1.5rem;
    align-items: start;
  }
  .views {
    display: inline-flex;
    margin-bottom: 0.5rem;
    border: 1px solid var(--archipel-accent, #1f5f5b);
    border-radius: 0.4rem;
    overflow: hidden;
  }
  .views button {
    padding: 0.35rem 0.9rem;
    border: 0;
    background: #ffffff;
    color: var(--archipel-accent, #1f5f5b);
    font: inherit;
    cursor: pointer;
  }
  .views button[aria-pressed='true'] {
    background: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
    font-weight: 600;
  }
  .status {
    margin: 0 0 0.75rem;
    font-weight: 600;
  }
  .status.failed {
    color: var(--archipel-danger, #a1262d);
  }
  archipel-agenda-month-grid {
    margin-bottom: 1.5rem;
  }
  .programmes {
    margin-top: 1.5rem;
  }
  .programmes h2 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  .programmes ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .programmes li {
    margin-bottom: 0.6rem;
  }
  .programmes a {
    color: var(--archipel-accent, #1f5f5b);
    font-weight: 600;
  }
  .programmes .dates {
    display: block;
    color: var(--archipel-muted, #4b5563);
    font-size: 0.9rem;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 2px;
  }
  @media (max-width: 52rem) {
    .columns {
      grid-template-columns: 1fr;
    }
  }
`
