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
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 26rem);
    grid-template-rows: minmax(0, 1fr);
    height: 100%;
  }
  archipel-point-map {
    height: 100%;
  }
  aside {
    overflow: auto;
    border-inline-start: 1px solid #d9d6cc;
    background: #ffffff;
  }
  [hidden] {
    display: none;
  }
  .panel {
    padding: 0.75rem 1rem 1.5rem;
  }
  .back {
    margin-bottom: 0.75rem;
    padding: 0.35rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: 0.4rem;
    background: transparent;
    color: var(--archipel-accent, #1f5f5b);
    font: inherit;
    cursor: pointer;
  }
  .back:focus-visible {
    outline: 3px solid var(--archipel-focus, #d97706);
    outline-offset: 2px;
  }
  /* Phones: the map on top, the filters and list below it, the page scrolls. */
  @media (max-width: 48rem) {
    :host {
      height: auto;
    }
    .layout {
      display: block;
      height: auto;
    }
    archipel-point-map {
      height: 60vh;
    }
    aside {
      overflow: visible;
      border-inline-start: 0;
      border-top: 1px solid #d9d6cc;
    }
  }
`
