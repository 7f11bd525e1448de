import { css } from 'lit'

export const archipelDiffStyles = css`
  :host {
    display: block;
    overflow-x: auto;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95rem;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--archipel-border, #d9d6cc);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: #f1f0ea;
  }
  td {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .before {
    background: #fbeaea;
  }
  .after {
    background: #e7f4ea;
  }
`
