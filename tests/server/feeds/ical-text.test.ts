import { describe, expect, it } from 'vitest'
import { cleanText, escapeText, foldLines, uriValue } from '../../../server/feeds/ical-text.js'

const octets = (line: string) => Buffer.byteLength(line, 'utf8')
const unfold = (text: string) => text.replace(/\r\n /g, '')

describe('foldLines', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLines('X'.repeat(75))).toBe('X'.repeat(75))
    expect(foldLines('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`)
    expect(foldLines(`${'X'.repeat(73)}é`)).toBe(`${'X'.repeat(73)}é`)
    expect(foldLines(`${'X'.repeat(74)}é`)).toBe(`${'X'.repeat(74)}\r\n é`)
  })

  it('never cuts a UTF-8 character of two, three or four octets, whatever its position', () => {
    for (const character of ['é', '€', '🌻']) {
      for (let shift = 0; shift < 4; shift++) {
        const line = `SUMMARY:${'a'.repeat(shift)}${character.repeat(120)}`
        const folded = foldLines(line)
        expect(unfold(folded)).toBe(line)
        for (const physical of folded.split('\r\n')) {
          expect(octets(physical)).toBeLessThanOrEqual(75)
          expect(physical).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
        }
      }
    }
  })

  it('folds each line on its own', () => {
    expect(foldLines(`A:${'b'.repeat(80)}\r\nB:c`)).toBe(`A:${'b'.repeat(73)}\r\n ${'b'.repeat(7)}\r\nB:c`)
  })
})

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })
})

describe('cleanText', () => {
  it('drops control characters but keeps tabs, line breaks and every script', () => {
    expect(cleanText('a\u0000b\u0007c\td\ne\u007f ÉÀ 🌻')).toBe('abc\td\ne ÉÀ 🌻')
    expect(cleanText('seul \uD800 fin')).toBe('seul \uFFFD fin')
  })
})

describe('uriValue', () => {
  it('percent-encodes what TEXT escaping would mangle and drops blanks', () => {
    expect(uriValue('https://a.example/x,y;z\\w?q= 1')).toBe('https://a.example/x%2Cy%3Bz%5Cw?q=1')
  })
})
