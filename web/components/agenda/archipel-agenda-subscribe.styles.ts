import { css } from 'lit'

export const archipelAgendaSubscribeStyles = css`
  :host {
    display: block;
  }
  section {
    padding: 0.75rem 1rem;
    border: 1px solid var(--archipel-border, #d9d6cc);
    border-radius: 0.5rem;
    background: #ffffff;
  }
  h2 {
    margin: 0 0 0.3rem;
    font-size: 1.05rem;
  }
  .help {
    margin: 0 0 0.5rem;
    font-size: 0.9rem;
  }
  .row {
    margin-bottom: 0.5rem;
  }
  label {
    display: block;
    font-size: 0.85rem;
    font-weight: 600;
  }
  .value {
    display: flex;
    gap: 0.4rem;
  }
  input {
    flex: 1;
    min-width: 0;
    padding: 0.35rem 0.45rem;
    border: 1px solid var(--archipel-border, #8f8c82);
    border-radius: 0.35rem;
    font: inherit;
    font-size: 0.85rem;
  }
  button {
    padding: 0.35rem 0.7rem;
    border: 1px solid var(--archipel-accent, #1f5f5b);
    border-radius: 0.35rem;
    background: #ffffff;
    color: var(--archipel-accent, #1f5f5b);
    font: inherit;
    cursor: pointer;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
    margin: 0.3rem 0 0;
    font-size: 0.9rem;
  }
  a {
    color: var(--archipel-accent, #1f5f5b);
  }
  .status {
    min-height: 1.2em;
    margin: 0.3rem 0 0;
    font-weight: 600;
  }
  input:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 1px;
  }
  @media print {
    :host {
      display: none;
    }
  }
`
