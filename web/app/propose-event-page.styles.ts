import { css } from 'lit'

export const proposeEventPageStyles = css`
  :host {
    display: block;
    color: var(--archipel-text, #1b2424);
  }
  .page {
    max-width: 44rem;
    margin: 0 auto;
    padding: 1.25rem 1rem 2.5rem;
    line-height: 1.45;
  }
  a {
    color: var(--archipel-accent, #1f5f5b);
  }
  h1 {
    margin: 0 0 0.5rem;
  }
  fieldset {
    margin: 0 0 1rem;
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
    margin-bottom: 0.7rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .row .field {
    flex: 1 1 12rem;
  }
  label {
    font-weight: 600;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    margin: 0 1rem 0.35rem 0;
    font-weight: 400;
  }
  .choices {
    border-style: dashed;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--archipel-border, #8f8c82);
    border-radius: 0.35rem;
    background: #ffffff;
    color: inherit;
    font: inherit;
  }
  .invalid input,
  .invalid select,
  .invalid textarea {
    border: 2px solid var(--archipel-danger, #a1262d);
  }
  .error {
    margin: 0.1rem 0 0;
    color: var(--archipel-danger, #a1262d);
    font-weight: 600;
  }
  .reminder,
  .help {
    margin: 0 0 0.6rem;
    padding: 0.4rem 0.7rem;
    background: #fff4d6;
    border-radius: 0.35rem;
    font-size: 0.92rem;
  }
  .help {
    background: transparent;
    padding: 0;
  }
  .summary p {
    padding: 0.6rem 0.9rem;
    border-left: 6px solid var(--archipel-danger, #a1262d);
    background: #fbe9ea;
    font-weight: 600;
  }
  .submit {
    padding: 0.6rem 1.2rem;
    border: 0;
    border-radius: 0.4rem;
    background: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .submit[disabled] {
    opacity: 0.6;
  }
  .confirmation {
    padding: 0.8rem 1rem;
    border-left: 6px solid var(--archipel-accent, #1f5f5b);
    background: #e6f1ef;
    font-weight: 600;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  a:focus-visible,
  .confirmation:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 1px;
  }
`
