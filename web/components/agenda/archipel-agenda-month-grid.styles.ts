import { css } from 'lit'

export const archipelAgendaMonthGridStyles = css`
  :host {
    display: block;
    color: var(--archipel-text, #1b2424);
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.2rem;
  }
  h2::first-letter {
    text-transform: uppercase;
  }
  button {
    padding: 0.35rem 0.7rem;
    border: 1px solid var(--archipel-border, #b9b6ac);
    border-radius: 0.4rem;
    background: #ffffff;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .help {
    margin: 0.4rem 0;
    font-size: 0.85rem;
    color: var(--archipel-muted, #4a5553);
  }
  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    padding: 0.3rem;
    font-size: 0.85rem;
    text-transform: capitalize;
  }
  td {
    height: 6rem;
    padding: 0.25rem;
    vertical-align: top;
    border: 1px solid var(--archipel-border, #d9d6cc);
    background: #ffffff;
    overflow: hidden;
  }
  td.outside {
    background: #f0efea;
    color: var(--archipel-muted, #6b7371);
  }
  td.today .number {
    display: inline-block;
    min-width: 1.5rem;
    border-radius: 1rem;
    background: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
    text-align: center;
  }
  td:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: -3px;
  }
  .number {
    font-weight: 600;
    font-size: 0.9rem;
  }
  ul {
    list-style: none;
    margin: 0.2rem 0 0;
    padding: 0;
    font-size: 0.8rem;
    line-height: 1.25;
  }
  li {
    margin-bottom: 0.15rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  a {
    color: var(--archipel-accent, #1f5f5b);
  }
  a.cancelled {
    text-decoration: line-through;
  }
  .more {
    color: var(--archipel-muted, #4a5553);
  }
`
