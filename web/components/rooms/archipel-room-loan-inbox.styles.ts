import { css } from 'lit'

export const archipelRoomLoanInboxStyles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.6rem 0;
    border-top: 1px solid var(--archipel-border, #d9d6cc);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    margin: 0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.8rem;
    margin: 0.4rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .purpose {
    white-space: pre-line;
  }
  .status {
    font-weight: 600;
  }
  .status.approved {
    color: #166534;
  }
  .status.declined, .status.cancelled {
    color: #7c2d12;
  }
  textarea {
    width: 100%;
    max-width: 36rem;
    box-sizing: border-box;
  }
`
