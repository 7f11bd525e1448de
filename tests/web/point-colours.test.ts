import { describe, expect, it } from 'vitest'
import { colouredAs, colouredByCategory, uncategorised } from '../../web/components/map/point-colours.js'

const categories = [
  { slug: 'alimentation', label: 'Alimentation', label_en: 'Food', colour: '#2e7d32', icon: '' },
  { slug: 'mobilite', label: 'Mobilité', label_en: 'Mobility', colour: '#1565c0', icon: '' },
]
const place = (id: string, placeCategories: string[]) => ({
  id, geometry: { type: 'Point' as const, coordinates: [0.68, 47.39] },
  properties: { name: `Lieu ${id}`, categories: placeCategories, description: 'not drawn' },
})

describe('the coloured points a point map draws', () => {
  it('colours a place by its first category, a place of an unknown category in grey', () => {
    const points = colouredByCategory([place('a', ['mobilite', 'alimentation']), place('b', ['astrologie']), place('c', [])], categories)
    expect(points.features.map((feature) => feature.properties.colour)).toEqual(['#1565c0', uncategorised, uncategorised])
  })

  it('keeps only the id, the name and the colour of each place', () => {
    const [point] = colouredByCategory([place('a', ['alimentation'])], categories).features
    expect(point).toEqual({
      type: 'Feature', geometry: { type: 'Point', coordinates: [0.68, 47.39] },
      properties: { id: 'a', name: 'Lieu a', colour: '#2e7d32' },
    })
  })

  it('draws every room in one colour, whatever its properties', () => {
    const rooms = colouredAs([{ id: 'r', geometry: { type: 'Point', coordinates: [1, 47] }, properties: { name: 'Salle' } }], '#9a3412')
    expect(rooms.features[0]!.properties).toEqual({ id: 'r', name: 'Salle', colour: '#9a3412' })
  })
})
