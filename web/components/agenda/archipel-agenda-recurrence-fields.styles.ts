import { css } from 'lit'
import { agendaControlLook, agendaFieldsetStyles } from './agenda-form.styles.js'

export const archipelAgendaRecurrenceFieldsStyles = [agendaFieldsetStyles, css`
  :host {
    display: block;
  }
  fieldset {
    margin: 0 0 0.75rem;
  }
  .field {
    margin-bottom: 0.5rem;
    max-width: 20rem;
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
    ${agendaControlLook}
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
`]
