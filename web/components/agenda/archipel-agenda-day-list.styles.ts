import { css } from 'lit'

export const archipelAgendaDayListStyles = css`
  :host {
    display: block;
    color: var(--archipel-text, #1b2424);
  }
  section {
    margin-block: 0 1.25rem;
    break-inside: avoid-page;
  }
  .day {
    margin: 0 0 0.4rem;
    padding-block-end: 0.25rem;
    border-bottom: 2px solid var(--archipel-accent, #1f5f5b);
    font-size: 1.1rem;
    font-weight: 700;
  }
  .day::first-letter {
    text-transform: uppercase;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: 8.5rem 1fr;
    gap: 0.75rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--archipel-border, #d9d6cc);
    page-break-inside: avoid;
    break-inside: avoid;
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }
  .title {
    color: var(--archipel-accent, #1f5f5b);
    font-weight: 600;
  }
  .title:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
    margin-top: 0.15rem;
    font-size: 0.92rem;
    color: var(--archipel-muted, #4a5553);
  }
  .cancelled .title,
  .cancelled .time {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4rem;
    border-radius: 0.3rem;
    background: var(--archipel-danger, #a1262d);
    color: #ffffff;
    font-size: 0.85rem;
  }
  .print-url {
    display: none;
  }
  @media (max-width: 36rem) {
    li {
      grid-template-columns: 1fr;
      gap: 0.15rem;
    }
  }
  @media print {
    .title {
      color: #000000;
      text-decoration: none;
    }
    .print-url {
      display: block;
      font-size: 0.85em;
    }
    .meta {
      color: #000000;
    }
    .badge {
      background: none;
      color: #000000;
      border: 1px solid #000000;
    }
  }
`
