import { describe, expect, it } from 'vitest'
import { placeLines, placeText } from '../../web/format/place-text.js'

describe('a place written for people', () => {
  it('does not repeat the commune an address already ends with, whatever its accents and case', () => {
    expect(placeText('35 rue Moyenne, 18000 Bourges', 'Bourges')).toBe('35 rue Moyenne, 18000 Bourges')
    expect(placeText('2 place Jean Jaurès, 42000 SAINT-ETIENNE', 'Saint-Étienne')).toBe('2 place Jean Jaurès, 42000 SAINT-ETIENNE')
  })

  it('adds the commune an address does not name', () => {
    expect(placeText('Salle des fêtes', 'Joué-lès-Tours')).toBe('Salle des fêtes, Joué-lès-Tours')
    expect(placeLines('12 rue des Tours', 'Amboise')).toEqual(['12 rue des Tours', 'Amboise'])
  })

  it('writes what there is when one part is missing', () => {
    expect(placeText(null, 'Tours')).toBe('Tours')
    expect(placeText('  ', undefined)).toBe('')
  })
})
