import { css } from 'lit'

export const archipelRoomEditorStyles = css`
  form {
    max-width: 44rem;
  }
  .picker {
    height: 18rem;
    margin-block: 0.4rem;
    --archipel-map-height: 18rem;
  }
  textarea {
    resize: vertical;
  }
`
