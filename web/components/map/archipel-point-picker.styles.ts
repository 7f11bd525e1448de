import { css } from 'lit'
import { formStyles } from '../form.styles.js'

export const archipelPointPickerStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    archipel-point-map {
      height: 20rem;
      --archipel-map-height: 20rem;
      border-radius: 0.3rem;
      overflow: hidden;
      margin: 0.5rem 0;
    }
    .coordinates {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem 1rem;
    }
    .coordinates > div {
      flex: 1 1 8rem;
    }
    .row {
      display: flex;
      gap: 0.5rem;
    }
    ul {
      list-style: none;
      margin: 0.25rem 0;
      padding: 0;
    }
    .link {
      border: 0;
      padding: 0.25rem 0;
      font-weight: 400;
      text-decoration: underline;
      text-align: start;
    }
  `,
]
