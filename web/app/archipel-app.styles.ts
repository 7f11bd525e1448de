import { css } from 'lit'

export const archipelAppStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    --archipel-accent: #1f5f5b;
    --archipel-focus: #d97706;
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -4rem;
    z-index: 10;
    padding: 0.6rem 1rem;
    background: #ffffff;
    color: var(--archipel-accent);
    font-weight: 600;
    border-radius: 0.4rem;
  }
  .skip:focus {
    top: 0.5rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1.5rem;
    padding: 0.5rem 1rem;
    background: var(--archipel-accent);
    color: #ffffff;
  }
  a,
  button {
    color: inherit;
    font: inherit;
  }
  a:focus-visible,
  button:focus-visible,
  main:focus-visible {
    outline: 3px solid var(--archipel-focus);
    outline-offset: 2px;
  }
  .brand {
    font-size: 1.25rem;
    font-weight: 700;
    text-decoration: none;
    letter-spacing: 0.01em;
  }
  /* The links wrap onto more lines rather than run off a phone's screen (an admin has six). */
  nav {
    min-width: 0;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav a {
    display: block;
    padding: 0.45rem 0.75rem;
    border-radius: 0.4rem;
    text-decoration: none;
  }
  nav a:hover {
    background: rgb(255 255 255 / 0.12);
  }
  nav a[aria-current='page'] {
    background: rgb(255 255 255 / 0.2);
    font-weight: 600;
  }
  .language {
    margin-inline-start: auto;
    padding: 0.35rem 0.75rem;
    border: 1px solid rgb(255 255 255 / 0.6);
    border-radius: 0.4rem;
    background: transparent;
    cursor: pointer;
  }
  .notice {
    margin: 0;
    padding: 0.5rem 1rem;
    background: #fff4d6;
    color: #5c4300;
  }
  main {
    flex: 1;
    min-height: 0;
    overflow: auto;
  }
  main:focus {
    outline: none;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0.3rem 1rem;
    font-size: 0.85rem;
    border-top: 1px solid #d1d5db;
  }
  footer a {
    color: var(--archipel-accent);
  }
  footer a:focus-visible {
    outline: 3px solid var(--archipel-focus);
    outline-offset: 2px;
  }
  .text-page {
    max-width: 42rem;
    margin: 0 auto;
    padding: 1.5rem 1rem;
    line-height: 1.5;
  }
  .text-page a {
    color: var(--archipel-accent);
  }
  /* Printing a page (a programme) gives its content only, on plain paper. */
  @media print {
    :host {
      display: block;
      height: auto;
      color: #000000;
      background: #ffffff;
    }
    header,
    .skip,
    .notice {
      display: none;
    }
    main {
      overflow: visible;
    }
  }
  @media (max-width: 40rem) {
    header {
      gap: 0.25rem 0.75rem;
      padding: 0.5rem 0.75rem;
    }
    nav a {
      padding: 0.4rem 0.55rem;
    }
  }
`
