/**
 * The paths of the site's pages, written once. The web client's router links
 * with them, and the server builds from them, after PUBLIC_URL, every link
 * to a page that it writes into an e-mail, a feed or a moderation notice —
 * so renaming a page cannot leave a dead link behind. Pure: no DOM, no
 * server code, so both sides may import it.
 */

/** Canonical path of each page without parameters. */
export const pagePaths = {
  map: '/carte',
  proposeInitiative: '/proposer',
  moderation: '/moderation',
  login: '/connexion',
  passwordReset: '/mot-de-passe',
  passwordSet: '/mot-de-passe/nouveau',
  privacy: '/confidentialite',
  agenda: '/agenda',
  proposeEvent: '/agenda/proposer',
  rooms: '/salles',
  myRooms: '/mes-salles',
  share: '/integrer',
} as const

/** Paths of pages with a parameter. */
export const routePaths = {
  initiative: (id: string) => `/initiatives/${encodeURIComponent(id)}`,
  event: (id: string) => `/evenements/${encodeURIComponent(id)}`,
  programme: (slug: string) => `/programmes/${encodeURIComponent(slug)}`,
  room: (id: string) => `/salles/${encodeURIComponent(id)}`,
  /** Followed from the e-mail sent to a requester without an account; `?token=` carries the secret. */
  loanCancel: (id: string) => `/demandes/${encodeURIComponent(id)}/annuler`,
}
