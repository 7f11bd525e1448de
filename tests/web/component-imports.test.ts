import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../web')

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Every module a file imports, as written (static and dynamic imports). */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((match) => match[1]!)

describe('the web components, which the partner widgets reuse', () => {
  it('import nothing of the site\'s pages (web/app): they take properties and emit events', () => {
    const offending = sources(join(root, 'components')).flatMap((file) =>
      importsOf(file).filter((path) => /(^|\/)app\//.test(path)).map((path) => `${relative(root, file)} → ${path}`))
    expect(offending).toEqual([])
  })

  it('reach the server only for types (import type), so nothing of it is bundled', () => {
    const offending = sources(root).flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return [...text.matchAll(/^import (?!type )[^;']*from '([^']*\/server\/[^']*)'/gm)].map((match) => `${relative(root, file)} → ${match[1]}`)
    })
    expect(offending).toEqual([])
  })

  it("build no API client of their own: the site's entry point or a widget composes it once (web/api/archipel-api.ts)", () => {
    // The site's entry point composes the site's client; each widget (web/embed/) the client of its own server.
    const composes = (path: string) => ['api/archipel-api.ts', 'app/main.ts'].includes(path) || /^embed\/archipel-([a-z-]+-)?widget\.ts$/.test(path)
    const offending = sources(root).filter((file) => !composes(relative(root, file)))
      .filter((file) => /\bcreate(ArchipelApi|ApiClient|InitiativeApi|EventsApi|RoomsApi|AccountsApi)\(/.test(
        readFileSync(file, 'utf8').replace(/^export function create\w+\(/gm, '')))
      .map((file) => relative(root, file))
    expect(offending).toEqual([])
  })
})
