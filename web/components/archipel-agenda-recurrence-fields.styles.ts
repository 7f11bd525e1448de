import { css } from 'lit'

export const archipelAgendaRecurrenceFieldsStyles = css`
  :host {
    display: block;
  }
  fieldset {
    margin: 0 0 0.75rem;
    padding: 0.6rem 0.9rem;
    border: 1px solid var(--archipel-border, #d9d6cc);
    border-radius: 0.4rem;
  }
  legend {
    font-weight: 700;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin-bottom: 0.5rem;
    max-width: 20rem;
  }
  label {
    font-weight: 600;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    margin: 0 0.9rem 0.3rem 0;
    font-weight: 400;
  }
  select,
  input,
  button {
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--archipel-border, #8f8c82);
    border-radius: 0.35rem;
    background: #ffffff;
    color: inherit;
    font: inherit;
  }
  .exception {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.4rem;
  }
  button {
    cursor: pointer;
  }
  .error {
    margin: 0.2rem 0 0.5rem;
    color: var(--archipel-danger, #a1262d);
    font-weight: 600;
  }
  select:focus-visible,
  input:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 1px;
  }
`
