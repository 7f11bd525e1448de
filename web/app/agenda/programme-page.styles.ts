import { css } from 'lit'
import { agendaPageFrameStyles } from './agenda-page-frame.styles.js'

export const programmePageStyles = [agendaPageFrameStyles, css`
  .page {
    max-width: 52rem;
  }
  h1 {
    margin: 0 0 0.3rem;
    font-size: 1.9rem;
  }
  .dates {
    margin: 0 0 0.75rem;
    font-size: 1.1rem;
    font-weight: 600;
  }
  .description {
    white-space: pre-line;
  }
  .tools {
    margin: 0.75rem 0;
  }
  .tools button {
    padding: 0.45rem 0.9rem;
    border: 1px solid var(--archipel-accent, #1f5f5b);
    border-radius: 0.4rem;
    background: #ffffff;
    color: var(--archipel-accent, #1f5f5b);
    font: inherit;
    cursor: pointer;
  }
  h2 {
    margin: 1.5rem 0 0.4rem;
  }
  .count {
    margin: 0 0 1rem;
    font-weight: 600;
  }
  .print-source {
    display: none;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 2px;
  }
  /* A paper programme: no controls, black on white, the address of each page printed. */
  @media print {
    :host {
      color: #000000;
      background: #ffffff;
    }
    .page {
      max-width: none;
      padding: 0;
    }
    .back,
    .tools,
    .subscribe,
    button {
      display: none;
    }
    a {
      color: #000000;
    }
    .print-source {
      display: block;
      margin-top: 1.5rem;
      font-size: 0.85em;
    }
  }
`]
