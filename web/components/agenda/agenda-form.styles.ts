import { css } from 'lit'

/** The look of an agenda form control (the proposal form, its repetition fields, the agenda's filters): declarations to put under each one's selectors. */
export const agendaControlLook = css`
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--archipel-border, #8f8c82);
    border-radius: 0.35rem;
    background: #ffffff;
    color: inherit;
    font: inherit;
`

/** Field groups of the proposal form and its repetition fields; each adds its own spacing. */
export const agendaFieldsetStyles = css`
  fieldset {
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
  }
  label {
    font-weight: 600;
  }
`
