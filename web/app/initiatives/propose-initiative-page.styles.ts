import { css } from 'lit'

export const proposeInitiativePageStyles = css`
  :host {
    display: block;
  }
  .page {
    max-width: 48rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
`
