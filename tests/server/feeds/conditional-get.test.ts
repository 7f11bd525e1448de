import { describe, expect, it } from 'vitest'
import { entityTag, matchesIfNoneMatch } from '../../../server/feeds/conditional-get.js'

describe('conditional GET of feeds', () => {
  it('tags equal bodies alike and different bodies differently', () => {
    expect(entityTag('BEGIN:VCALENDAR')).toBe(entityTag('BEGIN:VCALENDAR'))
    expect(entityTag('BEGIN:VCALENDAR')).not.toBe(entityTag('BEGIN:VCALENDAR\r\n'))
    expect(entityTag('x')).toMatch(/^W\/"[A-Za-z0-9_-]+"$/)
  })

  it('matches a tag in a list, weakly, and any tag for "*"', () => {
    const tag = entityTag('feed')
    const opaque = tag.slice(2)
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true)
    expect(matchesIfNoneMatch(opaque, tag)).toBe(true)
    expect(matchesIfNoneMatch('*', tag)).toBe(true)
  })

  it('does not match without the header or with other tags', () => {
    const tag = entityTag('feed')
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false)
    expect(matchesIfNoneMatch(entityTag('older feed'), tag)).toBe(false)
    expect(matchesIfNoneMatch('', tag)).toBe(false)
  })
})
