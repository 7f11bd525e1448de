import { css } from 'lit'

export const roomsPageStyles = css`
  :host {
    display: block;
    height: 100%;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(18rem, 28rem) minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr);
    height: 100%;
  }
  .side {
    overflow: auto;
    background: #ffffff;
    border-inline-end: 1px solid #d9d6cc;
  }
  h1 {
    margin: 0;
    padding: 0.8rem 1rem 0;
    font-size: 1.3rem;
  }
  .intro {
    margin: 0.4rem 1rem;
  }
  archipel-point-map {
    height: 100%;
  }
  /* Phones: filters and list first, the map below them. */
  @media (max-width: 48rem) {
    :host, .layout {
      height: auto;
    }
    .layout {
      display: block;
    }
    .side {
      border-inline-end: 0;
    }
    archipel-point-map {
      height: 60vh;
    }
  }
`
