import { describe, expect, it } from 'vitest'
import { nextPath } from '../../web/app/accounts/next-path.js'

describe('the page after sign-in', () => {
  const origin = 'https://archipel.example'

  it('is the next path when it is a path of the site', () => {
    expect(nextPath('/moderation?kind=reports', origin)).toBe('/moderation?kind=reports')
  })

  it('is the home page for another site, a protocol-relative or backslash path, or nothing', () => {
    for (const raw of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(nextPath(raw, origin)).toBe('/')
    }
  })
})
