/**
 * A tiny router on the History API: a path names a route (a page and its
 * parameters), links to client pages are followed without reloading, back
 * and forward work. Paths the client does not know (/api, /feeds, ...) are
 * left to the browser.
 *
 * Paths are French, like the site. To add a page: a member of `Route`, a
 * pattern in `patterns`, a case in `<archipel-app>`'s `renderPage`.
 */
export type Route =
  | { page: 'map' }
  | { page: 'initiative'; id: string }
  | { page: 'propose-initiative' }
  | { page: 'moderation' }
  | { page: 'login' }
  | { page: 'password-reset' }
  | { page: 'password-set' }
  | { page: 'privacy' }
  | { page: 'agenda' }
  | { page: 'event'; id: string }
  | { page: 'propose-event' }
  | { page: 'programme'; slug: string }
  | { page: 'rooms' }
  | { page: 'room'; id: string }
  | { page: 'my-rooms' }
  | { page: 'loan-cancel'; id: string }
  | { page: 'share' }
  | { page: 'not-found' }

export type Page = Route['page']

export { pagePaths, routePaths } from '../page-paths.js'

const segment = '([^/]+)'
const patterns: [RegExp, (match: string[]) => Route][] = [
  [/^\/$/, () => ({ page: 'map' })],
  [/^\/carte$/, () => ({ page: 'map' })],
  [new RegExp(`^/initiatives/${segment}$`), ([, id]) => ({ page: 'initiative', id: id! })],
  [/^\/proposer$/, () => ({ page: 'propose-initiative' })],
  [/^\/moderation$/, () => ({ page: 'moderation' })],
  [/^\/connexion$/, () => ({ page: 'login' })],
  [/^\/mot-de-passe$/, () => ({ page: 'password-reset' })],
  [/^\/mot-de-passe\/nouveau$/, () => ({ page: 'password-set' })],
  [/^\/confidentialite$/, () => ({ page: 'privacy' })],
  [/^\/agenda$/, () => ({ page: 'agenda' })],
  [/^\/agenda\/proposer$/, () => ({ page: 'propose-event' })],
  [new RegExp(`^/evenements/${segment}$`), ([, id]) => ({ page: 'event', id: id! })],
  [new RegExp(`^/programmes/${segment}$`), ([, slug]) => ({ page: 'programme', slug: slug! })],
  [/^\/salles$/, () => ({ page: 'rooms' })],
  [new RegExp(`^/salles/${segment}$`), ([, id]) => ({ page: 'room', id: id! })],
  [/^\/mes-salles$/, () => ({ page: 'my-rooms' })],
  [/^\/integrer$/, () => ({ page: 'share' })],
  [new RegExp(`^/demandes/${segment}/annuler$`), ([, id]) => ({ page: 'loan-cancel', id: id! })],
]

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  for (const [pattern, route] of patterns) {
    const match = pattern.exec(path)
    if (match) {
      try {
        return route(match.map((part) => decodeURIComponent(part)))
      } catch {
        return { page: 'not-found' } // a malformed %-escape
      }
    }
  }
  return { page: 'not-found' }
}

export interface Router {
  readonly route: Route
  navigate(path: string): void
  stop(): void
}

/**
 * Starts listening to link clicks and history moves in `window`;
 * `onChange` hears of every route change made after the start (a change of
 * query string included: filters live in the URL).
 */
export function startRouter(window: Window, onChange: (route: Route) => void): Router {
  let route = matchRoute(window.location.pathname)

  const show = () => {
    route = matchRoute(window.location.pathname)
    onChange(route)
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
    if (matchRoute(link.pathname).page === 'not-found') return
    event.preventDefault()
    navigate(link.pathname + link.search)
  }

  window.addEventListener('click', onClick)
  window.addEventListener('popstate', show)

  return {
    get route() {
      return route
    },
    navigate,
    stop() {
      window.removeEventListener('click', onClick)
      window.removeEventListener('popstate', show)
    },
  }
}
