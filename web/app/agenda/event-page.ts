/**
 * `<archipel-event-page>`: one event — when (in words, Paris time), how it
 * repeats, where (a small map, or the online link), who organises it, price,
 * registration, accessibility, programmes; "add to my calendar" downloads
 * its iCalendar file. A cancelled event keeps its page, with a banner.
 *
 * Properties: `event-id`, `language`, `.categories` (Category[]),
 * `.settings` (Settings, for the map's style).
 * The API client comes from the context (api-context.ts).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { httpUrl, type AgendaEvent, type Programme } from '../../api/events.js'
import type { Bbox, Category, Settings } from '../../api/types.js'
import { colouredByCategory } from '../../components/map/point-colours.js'
import { formatDay, formatWhen } from '../../format/paris-time.js'
import { describeRecurrence } from '../../format/recurrence-text.js'
import { agendaMessages } from '../../i18n/agenda.js'
import type { Language } from '../../i18n/language.js'
import { eventPageStyles } from './event-page.styles.js'
import { AgendaPageLoad, backToAgenda, statusPage, type LoadStatus } from './agenda-page-load.js'
import { routePaths } from '../router.js'
import { consumeApi } from '../../api/api-context.js'
import { placeText } from '../../format/place-text.js'

/** Half the side of the area shown around the place, in degrees (about 1 km). */
const around = 0.008

export class ArchipelEventPage extends LitElement {
  static override styles = eventPageStyles

  static override properties = {
    eventId: { attribute: 'event-id' },
    language: {},
    categories: { attribute: false },
    settings: { attribute: false },
    event: { state: true },
    programmes: { state: true },
    status: { state: true },
  }

  declare eventId: string
  declare language: Language
  declare categories: Category[]
  declare settings: Settings | undefined
  declare event: AgendaEvent | undefined
  declare programmes: Programme[]
  declare status: LoadStatus

  readonly #loader = new AgendaPageLoad(this, 'event')

  readonly #api = consumeApi(this)

  constructor() {
    super()
    this.language = 'fr'
    this.categories = []
    this.programmes = []
    this.status = 'loading'
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('eventId') && this.eventId) void this.#load()
  }

  protected override updated(): void {
    if (this.event) document.title = this.event.properties.title
  }

  override render() {
    const t = agendaMessages(this.language)
    if (this.status !== 'ready' || !this.event) return statusPage(this.language, this.status, t.event)
    const event = this.event.properties
    const cancelled = event.status === 'cancelled'
    const recurrence = describeRecurrence(event.rrule, event.start, this.language)
    const registration = httpUrl(event.registration_url)
    const online = httpUrl(event.online_url)
    const place = placeText(event.address, event.commune_name)
    const titles = new Map(this.programmes.map((programme) => [programme.slug, programme.title]))
    // A series shows its next date first (its first may be past), then the dates after it.
    const [next, ...later] = recurrence ? event.upcoming_occurrences : []
    const when = next ?? event
    return html`
      <article class="page ${cancelled ? 'cancelled' : ''}">
        ${backToAgenda(this.language)}
        ${cancelled ? html`<p class="banner" role="note">${t.event.cancelledBanner}</p>` : nothing}
        <p class="kind">${t.kinds[event.kind] ?? event.kind}</p>
        <h1>${event.title}</h1>
        <div class="columns">
          <div>
            <dl>
              <dt>${t.event.when}</dt>
              <dd class="when">${formatWhen(when.start, when.end, event.all_day, this.language)}</dd>
              ${recurrence ? html`<dt>${t.event.repeats}</dt><dd class="recurrence">${recurrence}${event.exdates.length
                ? html` (${t.event.except} ${event.exdates.map((day) => formatDay(day.slice(0, 10), this.language)).join(', ')})` : nothing}</dd>` : nothing}
              ${later.length ? html`<dt>${t.event.next}</dt><dd><ul class="next">
                ${later.map((occurrence) => html`<li>${formatWhen(occurrence.start, occurrence.end, event.all_day, this.language)}</li>`)}
              </ul></dd>` : nothing}
              <dt>${t.event.where}</dt>
              <dd>${place ? html`<span class="place">${place}</span>` : nothing}
                ${online ? html`<span class="online">${t.event.online} : <a href=${online} rel="noopener">${t.event.onlineLink}</a></span>` : nothing}</dd>
              ${event.organiser_name || event.organiser_id ? html`<dt>${t.event.organiser}</dt><dd>${event.organiser_id
                ? html`<a href=${routePaths.initiative(event.organiser_id)}>${event.organiser_name || event.organiser_id}</a>`
                : event.organiser_name}</dd>` : nothing}
              <dt>${t.event.price}</dt>
              <dd>${event.free ? t.event.free : event.price || '—'}${event.free && event.price ? ` (${event.price})` : ''}</dd>
              ${registration ? html`<dt>${t.event.registration}</dt><dd><a href=${registration} rel="noopener">${t.event.registrationLink}</a></dd>` : nothing}
              ${event.accessibility ? html`<dt>${t.event.accessibility}</dt><dd>${event.accessibility}</dd>` : nothing}
              ${event.programmes.length ? html`<dt>${t.event.programmes}</dt><dd><ul class="programmes">${event.programmes.map((slug) =>
                html`<li><a href=${routePaths.programme(slug)}>${titles.get(slug) ?? slug}</a></li>`)}</ul></dd>` : nothing}
            </dl>
            <p><a class="add" href="/feeds/events/${encodeURIComponent(this.event.id)}.ics" download>${t.event.addToCalendar}</a></p>
            ${event.description ? html`<div class="description">${event.description}</div>` : nothing}
          </div>
          ${this.event.geometry ? this.#renderMap(this.event.geometry.coordinates as [number, number]) : nothing}
        </div>
      </article>`
  }

  #renderMap([longitude, latitude]: [number, number]) {
    const t = agendaMessages(this.language)
    const bounds: Bbox = [longitude - around, latitude - around, longitude + around, latitude + around]
    const point = colouredByCategory([{
      id: this.event!.id, geometry: { type: 'Point', coordinates: [longitude, latitude] },
      properties: { name: this.event!.properties.title, categories: this.event!.properties.categories },
    }], this.categories)
    return html`<figure class="map">
      <archipel-point-map aria-label=${t.event.mapLabel} .bounds=${bounds} .points=${point}
        style-url=${this.settings?.map_style_url ?? nothing} language=${this.language}></archipel-point-map>
    </figure>`
  }

  #load(): Promise<void> {
    this.event = undefined
    return this.#loader.load(async (signal) => {
      const [event, programmes] = await Promise.all([
        this.#api().events.event(this.eventId, signal),
        this.#api().events.programmes(signal).catch(() => []),
      ])
      this.event = event
      this.programmes = programmes
    })
  }
}
