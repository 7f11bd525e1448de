import { css } from 'lit'
import { formStyles } from '../form.styles.js'

export const archipelMapFiltersStyles = [
  formStyles,
  css`
    :host {
      display: block;
      padding: 0.5rem 1rem 0.75rem;
      border-bottom: 1px solid var(--archipel-border, #d9d6cc);
    }
    details {
      margin-top: 0.5rem;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      padding: 0.25rem 0;
    }
    fieldset {
      margin: 0.25rem 0 0;
      columns: 2 9rem;
    }
    .check {
      break-inside: avoid;
    }
    .dot {
      flex: none;
      width: 0.7rem;
      height: 0.7rem;
      border-radius: 50%;
      border: 1px solid rgb(0 0 0 / 0.25);
    }
    .clear {
      margin-top: 0.5rem;
      padding: 0.3rem 0.75rem;
      font-weight: 400;
    }
  `,
]
