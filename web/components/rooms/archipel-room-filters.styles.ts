import { css } from 'lit'

export const archipelRoomFiltersStyles = css`
  form {
    padding: 0.5rem 1rem;
  }
  .row .field {
    margin-block: 0;
  }
  #capacity {
    max-width: 8rem;
  }
`
