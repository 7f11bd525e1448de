import { css } from 'lit'

export const privacyPageStyles = css`
  :host {
    display: block;
    max-width: 48rem;
    margin: 0 auto;
    padding: 1.5rem 1rem;
    line-height: 1.5;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid #d1d5db;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
  }
  a {
    color: #1f5f5b;
  }
  a:focus-visible {
    outline: 3px solid #d97706;
    outline-offset: 2px;
  }
  .error {
    color: #7a1c13;
  }
  @media (max-width: 40rem) {
    thead {
      display: none;
    }
    tr,
    th,
    td {
      display: block;
      border: 0;
      padding: 0.15rem 0;
    }
    tr {
      padding: 0.6rem 0;
      border-bottom: 1px solid #d1d5db;
    }
  }
`
