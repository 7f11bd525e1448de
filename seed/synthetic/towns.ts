/**
 * Centres around which the synthetic places cluster: the préfecture of every
 * département and a few large towns (towns.json: INSEE code and centre, as
 * the official division ships no coordinates), weighted by their population
 * from @etalab/decoupage-administratif.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Random } from './random.js'

export interface Town {
  code: string
  name: string
  lon: number
  lat: number
  population: number
  postalCode: string
  /** Typical distance of a place from the centre, in kilometres. */
  spreadKm: number
}

interface Commune { code: string; nom: string; type: string; population?: number; codesPostaux?: string[] }

export function loadTowns(): Town[] {
  const centres = JSON.parse(readFileSync(new URL('./towns.json', import.meta.url), 'utf8')) as
    { code: string; name: string; lon: number; lat: number }[]
  const communes = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as Commune[]
  const byCode = new Map(communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]))
  return centres.map((centre) => {
    const commune = byCode.get(centre.code)
    if (!commune) throw new Error(`towns.json: no commune ${centre.code} (${centre.name}) in the official division`)
    const population = commune.population ?? 10_000
    return {
      ...centre,
      population,
      postalCode: commune.codesPostaux?.[0] ?? '',
      // Bigger towns sprawl further: ~1.5 km for 10,000 people, 8 km at most.
      spreadKm: Math.min(8, 1 + Math.sqrt(population) / 150),
    }
  })
}

/** Picks towns in proportion to their population. */
export function townPicker(towns: Town[]): (random: Random) => Town {
  const cumulative: number[] = []
  let total = 0
  for (const town of towns) cumulative.push((total += town.population))
  return (random) => {
    const target = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle]! > target) high = middle
      else low = middle + 1
    }
    return towns[low]!
  }
}

/** A point around the town: most near the centre, one in ten in the countryside around. */
export function pointNear(town: Town, random: Random): [number, number] {
  const spread = town.spreadKm * (random.chance(0.1) ? 3 : 1)
  const lat = town.lat + (random.normal() * spread) / 111.32
  const lon = town.lon + (random.normal() * spread) / (111.32 * Math.cos((town.lat * Math.PI) / 180))
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]
}

/** "de Tours", "d'Orléans", "du Mans", "de La Rochelle". */
export function ofTown(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`
  return /^[AEIOUYÉÈÊÂÎ]/.test(name) ? `d'${name}` : `de ${name}`
}
