/**
 * Form and section styles shared by the rooms elements (filters, request
 * form, room editor, loan inbox), so that they look alike without copies.
 */
import { css } from 'lit'

export const roomFormStyles = css`
  :host {
    display: block;
    color: var(--archipel-text, #1f2933);
  }
  label, legend {
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.6rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
  }
  .check {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    font-weight: normal;
  }
  fieldset {
    border: 1px solid var(--archipel-border, #d9d6cc);
    border-radius: 0.4rem;
    margin-block: 0.6rem;
    padding: 0.4rem 0.8rem 0.6rem;
  }
  fieldset .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
  }
  input, select, textarea, button {
    font: inherit;
  }
  input:not([type='checkbox']):not([type='radio']), select, textarea {
    padding: 0.35rem 0.5rem;
    border: 1px solid #8a8f98;
    border-radius: 0.3rem;
  }
  textarea {
    min-height: 4rem;
  }
  button {
    padding: 0.4rem 0.9rem;
    border-radius: 0.3rem;
    border: 1px solid var(--archipel-accent, #1f5f5b);
    background: #ffffff;
    color: var(--archipel-accent, #1f5f5b);
    cursor: pointer;
  }
  button.primary, button[type='submit'] {
    background: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 2px;
  }
  .note {
    color: var(--archipel-muted, #5b6470);
    font-size: 0.9em;
  }
  .error {
    color: var(--archipel-danger, #b42318);
    font-weight: 600;
  }
  .success {
    color: #166534;
    font-weight: 600;
  }
`
