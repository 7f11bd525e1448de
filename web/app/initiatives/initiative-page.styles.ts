import { css } from 'lit'

export const initiativePageStyles = css`
  :host {
    display: block;
  }
  .page {
    max-width: 70rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
    gap: 1.5rem;
    align-items: start;
  }
  archipel-point-map {
    height: 18rem;
    --archipel-map-height: 18rem;
    border-radius: 0.4rem;
    overflow: hidden;
  }
  a {
    color: var(--archipel-accent, #1f5f5b);
  }
  .history {
    padding-inline-start: 1.25rem;
  }
  .history h3 {
    font-size: 1rem;
    margin: 1rem 0 0.25rem;
  }
  @media (max-width: 48rem) {
    .columns {
      grid-template-columns: 1fr;
    }
  }
`
