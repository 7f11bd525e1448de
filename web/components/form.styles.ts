/**
 * Styles shared by the forms of the map (filters, proposal, correction,
 * report, moderation): labelled fields, buttons, messages, and the
 * visually-hidden text for screen readers.
 */
import { css } from 'lit'

export const formStyles = css`
  :host {
    font: inherit;
    color: var(--archipel-text, #1b2424);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-block: 0.5rem 0.25rem;
  }
  fieldset {
    border: 1px solid var(--archipel-border, #d9d6cc);
    border-radius: 0.4rem;
    margin: 0.75rem 0;
    padding: 0.25rem 0.75rem 0.75rem;
  }
  input:not([type='checkbox']):not([type='radio']):not([type='color']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    padding: 0.45rem 0.6rem;
    border: 1px solid #8a8f8c;
    border-radius: 0.3rem;
    font: inherit;
    background: #ffffff;
    color: inherit;
  }
  textarea {
    min-height: 7rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--archipel-danger, #a1262d);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 1px;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    margin: 0.25rem 0;
  }
  .help {
    margin: 0.25rem 0;
    font-size: 0.875rem;
    color: var(--archipel-muted, #4b5757);
  }
  .error {
    margin: 0.25rem 0;
    font-size: 0.9rem;
    color: var(--archipel-danger, #a1262d);
    font-weight: 600;
  }
  .confirmation {
    padding: 0.75rem 1rem;
    border-radius: 0.4rem;
    background: #e3f1e6;
    color: #14442a;
    font-weight: 600;
  }
  button,
  .button {
    display: inline-block;
    padding: 0.5rem 1rem;
    border: 1px solid var(--archipel-accent, #1f5f5b);
    border-radius: 0.4rem;
    background: #ffffff;
    color: var(--archipel-accent, #1f5f5b);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  button.primary {
    background: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
`
