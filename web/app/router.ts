/**
 * A tiny router on the History API: a path names a page, links to client
 * pages are followed without reloading, back and forward work. Paths the
 * client does not know (/api, /feeds, ...) are left to the browser.
 */
export type Page = 'map' | 'agenda' | 'rooms' | 'not-found'

/** Canonical path of each page (French, like the site). */
export const pagePaths = { map: '/carte', agenda: '/agenda', rooms: '/salles' } as const

export function matchPage(pathname: string): Page {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/' || path === pagePaths.map) return 'map'
  if (path === pagePaths.agenda) return 'agenda'
  if (path === pagePaths.rooms) return 'rooms'
  return 'not-found'
}

export interface Router {
  readonly page: Page
  navigate(path: string): void
  stop(): void
}

/**
 * Starts listening to link clicks and history moves in `window`;
 * `onChange` hears of every page change made after the start.
 */
export function startRouter(window: Window, onChange: (page: Page) => void): Router {
  let page = matchPage(window.location.pathname)

  const show = () => {
    page = matchPage(window.location.pathname)
    onChange(page)
  }

  const navigate = (path: string) => {
    if (path !== window.location.pathname + window.location.search) window.history.pushState(null, '', path)
    show()
  }

  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    // Links live in shadow roots: the composed path reaches them.
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement)
    if (!link || link.target || link.hasAttribute('download') || link.origin !== window.location.origin) return
    if (link.hash && link.pathname === window.location.pathname) return
    if (matchPage(link.pathname) === 'not-found') return
    event.preventDefault()
    navigate(link.pathname + link.search)
  }

  window.addEventListener('click', onClick)
  window.addEventListener('popstate', show)

  return {
    get page() {
      return page
    },
    navigate,
    stop() {
      window.removeEventListener('click', onClick)
      window.removeEventListener('popstate', show)
    },
  }
}
