/** Styles shared by the account forms (sign-in, password links): one narrow column of labelled fields. */
import { css } from 'lit'

export const accountFormStyles = css`
  :host {
    display: block;
    max-width: 26rem;
    margin: 0 auto;
    padding: 1.5rem 1rem;
    line-height: 1.5;
    --archipel-accent: #1f5f5b;
  }
  form {
    display: grid;
    gap: 1rem;
  }
  label {
    display: grid;
    gap: 0.3rem;
    font-weight: 600;
  }
  input {
    font: inherit;
    padding: 0.5rem 0.6rem;
    border: 1px solid #6b7280;
    border-radius: 0.4rem;
  }
  input[aria-invalid='true'] {
    border-color: #b42318;
  }
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.6rem 1rem;
    border: 0;
    border-radius: 0.4rem;
    background: var(--archipel-accent);
    color: #ffffff;
    cursor: pointer;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  input:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid #d97706;
    outline-offset: 2px;
  }
  a {
    color: var(--archipel-accent);
  }
  .error {
    margin: 0;
    padding: 0.6rem 0.8rem;
    border-radius: 0.4rem;
    background: #fdecea;
    color: #7a1c13;
  }
  .success {
    margin: 0;
    padding: 0.6rem 0.8rem;
    border-radius: 0.4rem;
    background: #e7f4ee;
    color: #17462c;
  }
`
