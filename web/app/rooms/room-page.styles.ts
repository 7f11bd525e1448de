import { css } from 'lit'

export const roomPageStyles = css`
  :host {
    display: block;
    overflow: auto;
    height: 100%;
    background: #ffffff;
    color: var(--archipel-text, #1f2933);
  }
  .page {
    max-width: 60rem;
    margin: 0 auto;
    padding: 1rem;
  }
  .description, .rules {
    white-space: pre-line;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3rem 1rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .hidden-note {
    color: #7c2d12;
    font-weight: 600;
  }
  .feeds {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  a {
    color: var(--archipel-accent, #1f5f5b);
  }
  a:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 2px;
  }
  section {
    margin-top: 1.5rem;
  }
  @media (max-width: 40rem) {
    .facts {
      grid-template-columns: 1fr;
    }
  }
`
