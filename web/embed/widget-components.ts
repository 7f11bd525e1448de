/**
 * The site's components a widget is made of, each loaded the first time a
 * widget needs it: `/embed.js` itself holds only the widgets, so a page with
 * the agenda alone never downloads the map, the rooms or the initiatives.
 * A widget renders the component's tag at once; Lit keeps the properties it
 * set until the class arrives and upgrades the element. Registering goes
 * through components/define-element.ts, so a site and a widget on one page coexist.
 */
import { defineElement } from '../components/define-element.js'

const components = {
  'archipel-point-map': () => import('../components/map/archipel-point-map.js').then((module) => module.ArchipelPointMap),
  'archipel-initiative-list': () =>
    import('../components/initiatives/archipel-initiative-list.js').then((module) => module.ArchipelInitiativeList),
  'archipel-room-list': () => import('../components/rooms/archipel-room-list.js').then((module) => module.ArchipelRoomList),
  'archipel-agenda-day-list': () =>
    import('../components/agenda/archipel-agenda-day-list.js').then((module) => module.ArchipelAgendaDayList),
  'archipel-agenda-month-grid': () =>
    import('../components/agenda/archipel-agenda-month-grid.js').then((module) => module.ArchipelAgendaMonthGrid),
} satisfies Record<string, () => Promise<CustomElementConstructor>>

export type WidgetComponent = keyof typeof components

const requested = new Set<WidgetComponent>()

/** Loads and registers these components, once each; a failure is logged (the widget stays, without them). */
export function useComponents(...names: WidgetComponent[]): void {
  for (const name of names) {
    if (requested.has(name) || customElements.get(name)) continue
    requested.add(name)
    components[name]().then((element) => defineElement(name, element), (error: unknown) => {
      requested.delete(name)
      console.error(`archipel: ${name} could not be loaded`, error)
    })
  }
}
