import { css } from 'lit'
import { formStyles } from '../../components/form.styles.js'

export const moderationPageStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    .page {
      max-width: 64rem;
      margin: 0 auto;
      padding: 1.5rem 1rem 3rem;
    }
    .queue {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .more {
      margin-top: 1rem;
    }
    a {
      color: var(--archipel-accent, #1f5f5b);
    }
    a.button {
      color: var(--archipel-accent, #1f5f5b);
    }
  `,
]
