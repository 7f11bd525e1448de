/**
 * The API client, given by whoever composed it (the site's shell, a widget)
 * to every element below it through a Lit context, so that no page or
 * component builds its own. Data down: an element asks once, when it
 * connects, and reads the client whenever it calls the server.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context'
import type { ReactiveElement } from 'lit'
import type { ArchipelApi } from './archipel-api.js'

export const apiContext = createContext<ArchipelApi>(Symbol('archipel-api'))

/** The composer's side: `api` for every element below `host` (or, later, the provider's `setValue`). */
export function provideApi(host: ReactiveElement, api?: ArchipelApi): ContextProvider<typeof apiContext> {
  return new ContextProvider(host, { context: apiContext, initialValue: api })
}

/** An element's side: a reader of the client given above it (connected elements only). */
export function consumeApi(host: ReactiveElement): () => ArchipelApi {
  const consumer = new ContextConsumer(host, { context: apiContext })
  return () => {
    if (!consumer.value) throw new Error(`archipel: ${host.localName} has no API client above it (an <archipel-app> or a widget gives it)`)
    return consumer.value
  }
}
