/**
 * Where a component's links to the site's pages lead. On the site itself
 * they are paths, followed in the same tab. Inside a widget on a partner's
 * page (`link-base` set to the Archipel server) they are absolute and open
 * the full page in a new tab (SPEC §6), so the partner's page stays open.
 */
import { html, nothing } from 'lit'

export interface SiteLink {
  href: string
  target: string | typeof nothing
  rel: string | typeof nothing
}

export function siteLink(base: string, path: string): SiteLink {
  return base ? { href: base + path, target: '_blank', rel: 'noopener' } : { href: path, target: nothing, rel: nothing }
}

/** A link to one of the site's pages, with `text` as its content. */
export function siteAnchor(base: string, path: string, text: string, className = '') {
  const link = siteLink(base, path)
  return html`<a class=${className || nothing} href=${link.href} target=${link.target} rel=${link.rel}>${text}</a>`
}
