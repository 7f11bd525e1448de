import { css } from 'lit'
import { formStyles } from '../form.styles.js'

export const archipelModerationItemStyles = [
  formStyles,
  css`
    :host {
      display: block;
      padding: 1rem;
      border: 1px solid var(--archipel-border, #d9d6cc);
      border-radius: 0.5rem;
      background: #ffffff;
    }
    h3 {
      margin: 0.25rem 0;
      font-size: 1.1rem;
      overflow-wrap: anywhere;
    }
    h4 {
      margin: 0.75rem 0 0.25rem;
      font-size: 1rem;
    }
    .kind {
      display: inline-block;
      padding: 0.1rem 0.5rem;
      border-radius: 1rem;
      background: #ecebe4;
      font-size: 0.85rem;
    }
    .meta {
      margin: 0 0 0.75rem;
      color: var(--archipel-muted, #4b5757);
      font-size: 0.9rem;
    }
    a {
      color: var(--archipel-accent, #1f5f5b);
    }
    textarea {
      min-height: 3.5rem;
    }
    .done {
      font-weight: 600;
    }
  `,
]
