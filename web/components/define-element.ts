/**
 * Registers a custom element unless its name is taken: two bundles on one
 * page (a site and a widget, or two versions of `/embed.js`) then coexist,
 * the first definition of a name staying in place.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element)
}
