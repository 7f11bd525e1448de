import { css } from 'lit'
import { roomFormStyles } from '../../components/rooms/archipel-room-form.styles.js'

export const myRoomsPageStyles = [roomFormStyles, css`
  :host {
    overflow: auto;
    height: 100%;
    background: #ffffff;
  }
  .page {
    max-width: 60rem;
    margin: 0 auto;
    padding: 1rem;
  }
  section section {
    margin-top: 1.5rem;
  }
  .rooms {
    list-style: none;
    padding: 0;
  }
  .rooms li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem 1rem;
    padding: 0.4rem 0;
    border-top: 1px solid var(--archipel-border, #d9d6cc);
  }
  .rooms a {
    font-weight: 600;
    color: var(--archipel-accent, #1f5f5b);
  }
  .add {
    margin-top: 0.6rem;
  }
`]
