/**
 * What the event page and the programme page do to load what they show:
 * a new load aborts the one before it (the address changed), leaving the
 * page aborts it, and the page's `status` follows (a 404 is "not found",
 * anything else that fails is logged and "failed"). A Lit reactive
 * controller, so the page needs no disconnectedCallback of its own.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import { ApiError } from '../../api/client.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { pagePaths } from '../router.js'

export type LoadStatus = 'loading' | 'ready' | 'not-found' | 'failed'

export class AgendaPageLoad implements ReactiveController {
  readonly #host: ReactiveControllerHost & { status: LoadStatus }
  /** Named in the console when the load fails. */
  readonly #what: string
  #request: AbortController | undefined

  constructor(host: ReactiveControllerHost & { status: LoadStatus }, what: string) {
    this.#host = host
    this.#what = what
    host.addController(this)
  }

  hostDisconnected(): void {
    this.#request?.abort()
  }

  /** Runs `fetch` (which stores what it got on the page), then sets the status. */
  async load(fetch: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.#request?.abort()
    const request = new AbortController()
    this.#request = request
    this.#host.status = 'loading'
    try {
      await fetch(request.signal)
      this.#host.status = 'ready'
    } catch (error) {
      if (request.signal.aborted) return
      this.#host.status = error instanceof ApiError && error.status === 404 ? 'not-found' : 'failed'
      if (this.#host.status === 'failed') console.error(`archipel: ${this.#what} unavailable`, error)
    }
  }
}

/** The link back to the agenda that heads both pages. */
export function backToAgenda(language: Language): TemplateResult {
  return html`<p class="back"><a href=${pagePaths.agenda}>← ${agendaMessages(language).event.backToAgenda}</a></p>`
}

/** The page while it has nothing to show: the link back and what the status says. */
export function statusPage(language: Language, status: LoadStatus, messages: { loading: string; notFound: string; failed: string }): TemplateResult {
  const message = { loading: messages.loading, 'not-found': messages.notFound, failed: messages.failed, ready: '' }[status]
  return html`<div class="page">${backToAgenda(language)}<p role="status">${message}</p></div>`
}
