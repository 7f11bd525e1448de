import { css } from 'lit'
import { formStyles } from '../form.styles.js'

export const archipelInitiativeDetailStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    h1,
    h2 {
      margin: 0 0 0.5rem;
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: 1.25rem;
    }
    .categories {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
      font-size: 0.9rem;
    }
    .categories li {
      display: flex;
      align-items: center;
      gap: 0.3rem;
    }
    .dot {
      width: 0.7rem;
      height: 0.7rem;
      border-radius: 50%;
      border: 1px solid rgb(0 0 0 / 0.25);
      background: #6b7280;
    }
    /* Plain text: its own line breaks are the only formatting. */
    .description,
    .address {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    dl {
      margin: 0.75rem 0;
    }
    dt {
      font-weight: 600;
      margin-top: 0.5rem;
    }
    dd {
      margin: 0.1rem 0 0;
      overflow-wrap: anywhere;
    }
    a {
      color: var(--archipel-accent, #1f5f5b);
    }
    .actions {
      align-items: center;
    }
  `,
]
