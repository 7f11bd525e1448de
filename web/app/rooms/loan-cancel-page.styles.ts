import { css } from 'lit'
import { roomFormStyles } from '../../components/rooms/archipel-room-form.styles.js'

export const loanCancelPageStyles = [roomFormStyles, css`
  :host {
    background: #ffffff;
  }
  .page {
    max-width: 40rem;
    margin: 0 auto;
    padding: 1rem;
  }
  a {
    color: var(--archipel-accent, #1f5f5b);
  }
`]
