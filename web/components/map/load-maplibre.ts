/**
 * Loads MapLibre on demand, so pages without a map (and the first paint of
 * the ones with one) do not wait for its 1 MB of code.
 *
 * MapLibre looks for its worker next to its own module, which does not hold
 * once bundled: the worker is shipped as a separate asset and its URL is
 * given explicitly, resolved against this module so that it points at the
 * server that served the script (which matters for widgets on other sites).
 */
import workerAsset from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'

export type MapLibre = typeof import('maplibre-gl')

let loading: Promise<MapLibre> | undefined

export function loadMapLibre(): Promise<MapLibre> {
  loading ??= import('maplibre-gl').then((maplibre) => {
    maplibre.setWorkerUrl(new URL(workerAsset, import.meta.url).href)
    return maplibre
  })
  return loading
}

/**
 * Resolves once the element comes near the screen: a map further down a
 * partner's page (or in a hidden tab) costs nothing until it is scrolled to.
 */
export function whenOnScreen(element: Element): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve()
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      resolve()
    }, { rootMargin: '200px' })
    observer.observe(element)
  })
}
