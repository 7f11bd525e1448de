import { css } from 'lit'
import { formStyles } from '../form.styles.js'

export const archipelCategoryEditorStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li form {
      display: grid;
      grid-template-columns: 8rem repeat(4, auto minmax(0, 1fr)) auto;
      align-items: center;
      gap: 0.25rem 0.5rem;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--archipel-border, #d9d6cc);
    }
    li label {
      margin: 0;
      font-weight: 400;
      font-size: 0.85rem;
    }
    .slug {
      font-family: ui-monospace, monospace;
      font-size: 0.9rem;
    }
    input[type='color'] {
      width: 3rem;
      height: 2rem;
      padding: 0;
    }
    .new {
      max-width: 30rem;
      margin-top: 1.5rem;
    }
    @media (max-width: 60rem) {
      li form {
        grid-template-columns: 1fr 1fr;
      }
    }
  `,
]
