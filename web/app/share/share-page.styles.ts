/** The "Partager / intégrer" page: choices in a column, the preview full width, snippets in monospace. */
import { css } from 'lit'
import { formStyles } from '../../components/form.styles.js'

export const sharePageStyles = [formStyles, css`
  .page { max-width: 64rem; margin: 0 auto; padding: 1rem; }
  h1 { margin-block: 0.5rem; }
  .intro { max-width: 44rem; }
  .kinds label { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: normal; margin-inline-end: 1.5rem; }
  .display { display: grid; grid-template-columns: max-content minmax(0, 14rem); gap: 0.25rem 1rem; align-items: center; }
  .display h2, .display .help { grid-column: 1 / -1; }
  .display label { margin: 0; }
  .help { font-size: 0.9rem; color: var(--archipel-muted, #4b5563); margin: 0.25rem 0; }
  .help.error { color: var(--archipel-error, #b42318); }
  .preview { border: 2px dashed var(--archipel-border, #d9d6cc); padding: 0.75rem; border-radius: 0.4rem; }
  .snippet { margin-block: 1.25rem; }
  textarea { display: block; width: 100%; box-sizing: border-box; font: 0.9rem/1.4 ui-monospace, monospace; }
  .snippet button { margin-block-start: 0.5rem; }
  .copied { margin-inline-start: 0.75rem; }
`]
