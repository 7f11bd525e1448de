import { css } from 'lit'
import { formStyles } from '../form.styles.js'

export const archipelInitiativeFormStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    h3 {
      margin: 1rem 0 0.25rem;
      font-size: 1.05rem;
    }
    .categories {
      columns: 2 10rem;
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
    /* The spam trap: out of sight and out of reach for people. */
    .trap {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .sent ul {
      margin: 0.25rem 0 1rem;
    }
  `,
]
