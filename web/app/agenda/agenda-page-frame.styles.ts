import { css } from 'lit'

/** The frame the agenda's reading and form pages share; each page adds its own width (`.page { max-width }`). */
export const agendaPageFrameStyles = css`
  :host {
    display: block;
    color: var(--archipel-text, #1b2424);
  }
  .page {
    margin: 0 auto;
    padding: 1.25rem 1rem 2.5rem;
    line-height: 1.45;
  }
  a {
    color: var(--archipel-accent, #1f5f5b);
  }
`
