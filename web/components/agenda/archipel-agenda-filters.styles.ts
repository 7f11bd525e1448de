import { css } from 'lit'
import { agendaControlLook } from './agenda-form.styles.js'

export const archipelAgendaFiltersStyles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.6rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 10rem;
  }
  label {
    font-size: 0.9rem;
    font-weight: 600;
  }
  select,
  input,
  button {
    ${agendaControlLook}
  }
  button[type='submit'] {
    background: var(--archipel-accent, #1f5f5b);
    border-color: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
    cursor: pointer;
  }
  .reset {
    cursor: pointer;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
  }
  select:focus-visible,
  input:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 1px;
  }
`
