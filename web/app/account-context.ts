/**
 * Who is signed in, asked once by the app shell and given to every page
 * through a Lit context (data down): the pages that depend on it — proposing
 * an event for one's organisation, moderation, "Mes salles", a room's loan
 * request, the sign-in page — read it instead of asking the server again.
 * Signing in or out reloads the site, so the account does not change under a
 * page; a subscription keeps a page right if it ever does.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context'
import type { ReactiveElement } from 'lit'
import type { Account } from '../api/types.js'

/** undefined while the shell asks; null for a visitor. */
export const accountContext = createContext<Account | null | undefined>(Symbol('archipel-account'))

/** The shell's side: give the account to every page below `host`. */
export function provideAccount(host: ReactiveElement): ContextProvider<typeof accountContext> {
  return new ContextProvider(host, { context: accountContext, initialValue: undefined })
}

/** A page's side: `known` is called once the account is known (null for a visitor), and again if it changes. */
export function watchAccount(host: ReactiveElement, known: (account: Account | null) => void): ContextConsumer<typeof accountContext, ReactiveElement> {
  return new ContextConsumer(host, {
    context: accountContext,
    subscribe: true,
    callback: (account) => { if (account !== undefined) known(account) },
  })
}
