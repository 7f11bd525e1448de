import { css } from 'lit'
import { roomFormStyles } from './archipel-room-form.styles.js'

export const archipelRoomCalendarStyles = [roomFormStyles, css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .views {
    margin-inline-start: auto;
    display: flex;
    gap: 0.2rem;
  }
  .views button[aria-pressed='true'] {
    background: var(--archipel-accent, #1f5f5b);
    color: #ffffff;
  }
  .period::first-letter {
    text-transform: uppercase;
  }
  .free {
    color: var(--archipel-muted, #5b6470);
  }
  .week {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 0.3rem;
  }
  .day, .cell {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-height: 5rem;
    padding: 0.3rem;
    border: 1px solid var(--archipel-border, #d9d6cc);
    border-radius: 0.3rem;
    font-size: 0.9em;
  }
  .today {
    border-color: var(--archipel-accent, #1f5f5b);
    border-width: 2px;
  }
  .day-name {
    font-weight: 600;
  }
  .slot {
    padding: 0.1rem 0.3rem;
    border-radius: 0.2rem;
    background: #fde2d4;
    color: #7c2d12;
  }
  .month {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 0.2rem;
  }
  .cell {
    min-height: 3.5rem;
  }
  .weekday {
    font-weight: 600;
    text-align: center;
  }
  .busy-list {
    padding-inline-start: 1.2rem;
  }
  @media (max-width: 40rem) {
    .week {
      grid-template-columns: 1fr;
    }
    .day {
      min-height: 0;
    }
  }
`]
