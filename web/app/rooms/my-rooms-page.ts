/**
 * `<archipel-my-rooms-page>` (/mes-salles): for a signed-in member, the rooms
 * of their organisations (add, change, publish or hide), the requests to
 * answer, the history of loans, and the requests they made themselves (to
 * cancel). A visitor is sent to sign in.
 *
 * The rooms come from GET /api/rooms?host=…, which lists the hidden rooms
 * too when the reader is a member of the host.
 *
 * Properties: `.settings` (Settings), `language` (`fr` | `en`).
 * The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing } from 'lit'
import { type Account, type Loan, type Room } from '../../api/rooms.js'
import type { Settings } from '../../api/types.js'
import type { RoomSavedDetail } from '../../components/rooms/archipel-room-editor.js'
import type { LoanDecidedDetail } from '../../components/rooms/archipel-room-loan-inbox.js'
import type { Language } from '../../i18n/language.js'
import { roomMessages } from '../../i18n/rooms.js'
import { myRoomsPageStyles } from './my-rooms-page.styles.js'
import { pagePaths, routePaths } from '../router.js'
import { watchAccount } from '../account-context.js'
import { consumeApi } from '../../api/api-context.js'

export class ArchipelMyRoomsPage extends LitElement {
  static override styles = myRoomsPageStyles

  static override properties = {
    settings: { attribute: false },
    language: {},
    account: { state: true },
    status: { state: true },
    rooms: { state: true },
    requests: { state: true },
    history: { state: true },
    own: { state: true },
    editing: { state: true },
    notice: { state: true },
  }

  declare settings: Settings | undefined
  declare language: Language
  declare account: Account | null
  readonly #account = watchAccount(this, (account) => {
    this.account = account
    void this.#load()
  })
  declare status: 'loading' | 'ready' | 'failed'
  declare rooms: Room[]
  declare requests: Loan[]
  declare history: Loan[]
  /** Loans the account or its organisations asked for. */
  declare own: Loan[]
  /** The room in the editor: 'new', a room, or none. */
  declare editing: Room | 'new' | undefined
  declare notice: string | undefined

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.account = null
    this.status = 'loading'
    this.rooms = []
    this.requests = []
    this.history = []
    this.own = []
  }


  protected override updated(): void {
    document.title = `${roomMessages(this.language).mine.title} — ${this.settings?.site_name ?? 'Archipel'}`
  }

  override render() {
    const t = roomMessages(this.language)
    const body = this.status === 'loading'
      ? html`<p role="status">${t.mine.loading}</p>`
      : this.status === 'failed'
        ? html`<p role="alert">${t.mine.failed}</p>`
        : this.account === null
          ? html`<p>${t.mine.signedOut}</p>
              <p><a href=${`${pagePaths.login}?next=${encodeURIComponent(pagePaths.myRooms)}`}>${t.mine.signIn}</a></p>`
          : this.#signedIn(this.account)
    return html`<section class="page"><h1>${t.mine.title}</h1>${body}</section>`
  }

  #signedIn(account: Account) {
    const t = roomMessages(this.language)
    const own = html`
      <section aria-labelledby="own">
        <h2 id="own">${t.mine.own}</h2>
        <archipel-room-loan-inbox language=${this.language} mode="own" .loans=${this.own}
          .roomsApi=${this.#api().rooms} @archipel-loan-decided=${this.#onDecided}></archipel-room-loan-inbox>
      </section>`
    if (account.organisations.length === 0) return html`<p>${t.mine.noOrganisation}</p>${own}`
    return html`
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
      <section aria-labelledby="inbox">
        <h2 id="inbox">${t.mine.inbox}</h2>
        <archipel-room-loan-inbox language=${this.language} mode="requests" .loans=${this.requests}
          .roomsApi=${this.#api().rooms} @archipel-loan-decided=${this.#onDecided}></archipel-room-loan-inbox>
      </section>
      <section aria-labelledby="my-rooms">
        <h2 id="my-rooms">${t.mine.rooms}</h2>
        ${this.rooms.length === 0 ? html`<p>${t.mine.noRooms}</p>` : html`
          <ul class="rooms">
            ${this.rooms.map((room) => html`<li>
              <a href=${routePaths.room(room.id)}>${room.properties.name}</a>
              <span class="note">${room.properties.host_name} · ${t.list.people(room.properties.capacity)}
                ${room.properties.status === 'hidden' ? html` · ${t.editor.hidden}` : nothing}</span>
              <button type="button" @click=${() => (this.editing = room)}
                aria-label=${`${t.mine.edit} ${room.properties.name}`}>${t.mine.edit}</button>
            </li>`)}
          </ul>`}
        ${this.editing
          ? html`<archipel-room-editor language=${this.language} .settings=${this.settings}
              .room=${this.editing === 'new' ? undefined : this.editing} .organisations=${account.organisations}
              .roomsApi=${this.#api().rooms} @archipel-room-saved=${this.#onSaved}
              @archipel-room-editor-close=${() => (this.editing = undefined)}></archipel-room-editor>`
          : html`<button type="button" class="add" @click=${() => (this.editing = 'new')}>${t.mine.add}</button>`}
      </section>
      <section aria-labelledby="history">
        <h2 id="history">${t.mine.history}</h2>
        <archipel-room-loan-inbox language=${this.language} mode="history" .loans=${this.history}
          .roomsApi=${this.#api().rooms}></archipel-room-loan-inbox>
      </section>
      ${own}
    `
  }

  async #load(): Promise<void> {
    this.status = 'loading'
    try {
      if (this.account) await this.#loadRoomsAndLoans(this.account)
      this.status = 'ready'
    } catch (error) {
      console.error('archipel: my rooms unavailable', error)
      this.status = 'failed'
    }
  }

  async #loadRoomsAndLoans(account: Account): Promise<void> {
    const hosts = account.organisations.map((organisation) => organisation.id)
    const params = new URLSearchParams({ limit: '5000' })
    for (const host of hosts) params.append('host', host)
    const [mine, history, own] = await Promise.all([
      hosts.length > 0 ? this.#api().rooms.rooms(params) : undefined,
      hosts.length > 0 ? this.#api().rooms.loans('host') : [],
      this.#api().rooms.loans('requester'),
    ])
    this.own = own
    if (!mine) return
    this.rooms = [...mine.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, this.language))
    this.history = history
    this.requests = history.filter((loan) => loan.status === 'requested')
  }

  async #onDecided(event: CustomEvent<LoanDecidedDetail>): Promise<void> {
    const t = roomMessages(this.language).loans
    this.notice = { approved: t.approved, declined: t.declined, cancelled: t.cancelled, requested: undefined }[event.detail.loan.status]
    if (this.account) await this.#loadRoomsAndLoans(this.account)
  }

  async #onSaved(event: CustomEvent<RoomSavedDetail>): Promise<void> {
    const saved = event.detail.room
    this.rooms = [...this.rooms.filter((room) => room.id !== saved.id), saved]
    this.editing = undefined
    this.notice = roomMessages(this.language).editor.saved
    if (this.account) await this.#loadRoomsAndLoans(this.account)
  }
}
