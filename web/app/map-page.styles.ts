import { css } from 'lit'

export const mapPageStyles = css`
  :host {
    display: block;
    height: 100%;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem);
    grid-template-rows: minmax(0, 1fr);
    height: 100%;
  }
  archipel-map {
    height: 100%;
  }
  archipel-initiative-list {
    overflow: auto;
    border-inline-start: 1px solid #d9d6cc;
    background: #ffffff;
  }
  /* Phones: the map on top, the list below it, the page scrolls. */
  @media (max-width: 48rem) {
    :host {
      height: auto;
    }
    .layout {
      display: block;
      height: auto;
    }
    archipel-map {
      height: 60vh;
    }
    archipel-initiative-list {
      overflow: visible;
      border-inline-start: 0;
      border-top: 1px solid #d9d6cc;
    }
  }
`
