/**
 * The paths the server writes into e-mails, feeds and moderation notices
 * come from web/page-paths.ts: each must lead to a page of the web client,
 * never to its "page not found".
 */
import { describe, expect, it } from 'vitest'
import { matchRoute } from '../../web/app/router.js'
import { pagePaths, routePaths } from '../../web/page-paths.js'

describe('page paths', () => {
  it.each(Object.entries(pagePaths))('%s (%s) is a page of the site', (_name, path) => {
    expect(matchRoute(path).page).not.toBe('not-found')
  })

  it.each(Object.entries(routePaths))('%s(id) is a page of the site, whatever the id holds', (_name, path) => {
    const id = '8e0f7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b'
    expect(matchRoute(path(id))).toMatchObject({ page: expect.not.stringMatching(/^not-found$/) })
    expect(matchRoute(path('a/b c')).page).not.toBe('not-found')
  })
})
