/**
 * The whole web client of the Archipel API, composed once: the site's shell
 * builds it for its own origin, a widget for the server that served it, and
 * both give it to the elements below through `api-context.ts`. Every part
 * talks through the one sender of `send.ts` (one error class, one way of
 * reading problem+json).
 */
import { createAccountsApi, type AccountsApi } from './accounts.js'
import { createApiClient, type ApiClient, type ApiClientOptions } from './client.js'
import { createEventsApi, type EventsApi } from './events.js'
import { createInitiativeApi, type InitiativeApi } from './initiatives.js'
import { createRoomsApi, type RoomsApi } from './rooms.js'

export interface ArchipelApi {
  /** The instance: settings, categories, the map's initiatives. */
  site: ApiClient
  initiatives: InitiativeApi
  rooms: RoomsApi
  events: EventsApi
  /** Sign-in and privacy: same origin only, since the session cookie never leaves the site. */
  accounts: AccountsApi
}

export function createArchipelApi(options: ApiClientOptions = {}): ArchipelApi {
  return {
    site: createApiClient(options),
    initiatives: createInitiativeApi(options),
    rooms: createRoomsApi(options),
    events: createEventsApi(options),
    accounts: createAccountsApi({ fetch: options.fetch }),
  }
}
