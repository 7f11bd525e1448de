import { css } from 'lit'
import { agendaControlLook, agendaFieldsetStyles } from '../../components/agenda/agenda-form.styles.js'
import { agendaPageFrameStyles } from './agenda-page-frame.styles.js'

export const proposeEventPageStyles = [agendaPageFrameStyles, agendaFieldsetStyles, css`
  .page {
    max-width: 44rem;
  }
  h1 {
    margin: 0 0 0.5rem;
  }
  fieldset {
    margin: 0 0 1rem;
  }
  .field {
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
    ${agendaControlLook}
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
`]
