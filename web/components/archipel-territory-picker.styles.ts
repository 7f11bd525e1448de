import { css } from 'lit'
import { formStyles } from './form.styles.js'

export const archipelTerritoryPickerStyles = [
  formStyles,
  css`
    :host {
      display: block;
      position: relative;
    }
    [role='listbox'] {
      position: absolute;
      z-index: 5;
      inset-inline: 0;
      margin: 0.15rem 0 0;
      padding: 0;
      list-style: none;
      max-height: 16rem;
      overflow: auto;
      background: #ffffff;
      border: 1px solid #8a8f8c;
      border-radius: 0.3rem;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    }
    [role='listbox'][hidden] {
      display: none;
    }
    [role='option'] {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
      padding: 0.4rem 0.6rem;
      cursor: pointer;
    }
    [role='option'][aria-selected='true'] {
      background: var(--archipel-accent, #1f5f5b);
      color: #ffffff;
    }
    .type {
      font-size: 0.85rem;
      opacity: 0.8;
    }
    .none {
      cursor: default;
      font-style: italic;
    }
  `,
]
