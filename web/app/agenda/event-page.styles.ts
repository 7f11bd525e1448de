import { css } from 'lit'

export const eventPageStyles = css`
  :host {
    display: block;
    color: var(--archipel-text, #1b2424);
  }
  .page {
    max-width: 64rem;
    margin: 0 auto;
    padding: 1.25rem 1rem 2rem;
    line-height: 1.5;
  }
  a {
    color: var(--archipel-accent, #1f5f5b);
  }
  a:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 2px;
  }
  .back {
    margin: 0 0 0.75rem;
  }
  .banner {
    margin: 0 0 1rem;
    padding: 0.6rem 1rem;
    border-left: 6px solid var(--archipel-danger, #a1262d);
    background: #fbe9ea;
    color: #6d1419;
    font-weight: 700;
  }
  .cancelled h1 {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
  }
  .kind {
    margin: 0;
    font-size: 0.9rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--archipel-muted, #4a5553);
  }
  h1 {
    margin: 0.1rem 0 1rem;
    font-size: 1.8rem;
    line-height: 1.2;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem);
    gap: 1.5rem;
    align-items: start;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35rem 1rem;
    margin: 0 0 1rem;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .when::first-letter {
    text-transform: uppercase;
  }
  ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  .online {
    display: block;
  }
  .add {
    display: inline-block;
    padding: 0.5rem 0.9rem;
    border-radius: 0.4rem;
    background: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
    font-weight: 600;
    text-decoration: none;
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .map {
    margin: 0;
    height: 18rem;
    border-radius: 0.5rem;
    overflow: hidden;
  }
  @media (max-width: 48rem) {
    .columns {
      grid-template-columns: 1fr;
    }
    dl {
      grid-template-columns: 1fr;
    }
  }
`
