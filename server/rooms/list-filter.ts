/**
 * The query string of GET /api/rooms turned into a repository filter, pure.
 * The schema already checked types and refused unknown parameters; this adds
 * the checks a schema cannot make on comma-separated lists and pairs.
 */
import type { Static } from 'typebox'
import { EQUIPMENT } from '../../db/schema/rooms.js'
import { parseBbox } from '../shared/bbox.js'
import { invalidField } from '../shared/errors.js'
import { listValues } from '../shared/text-search.js'
import { isRoomId, type RoomFilter } from './repository.js'
import type { RoomListQuery } from './schemas.js'
import { parseAvailableWindow } from './time-window.js'

const TERRITORY = /^(commune|epci|departement|region):[0-9AB]+$/
const KNOWN_EQUIPMENT: ReadonlySet<string> = new Set(EQUIPMENT)

export function parseRoomFilter(query: Static<typeof RoomListQuery>): Omit<RoomFilter, 'after'> {
  const territories = listValues(query.territory)
  const badTerritory = territories.find((id) => !TERRITORY.test(id))
  if (badTerritory !== undefined) {
    throw invalidField('query', 'territory', `"${badTerritory}" is not a territory id (commune:37261, epci:243700754, departement:37, region:24)`)
  }
  const equipment = listValues(query.equipment)
  const unknown = equipment.filter((slug) => !KNOWN_EQUIPMENT.has(slug))
  if (unknown.length > 0) {
    throw invalidField('query', 'equipment', `unknown equipment ${unknown.map((slug) => `"${slug}"`).join(', ')}; known: ${EQUIPMENT.join(', ')}`)
  }
  const hosts = listValues(query.host)
  const badHost = hosts.find((id) => !isRoomId(id))
  if (badHost !== undefined) throw invalidField('query', 'host', `"${badHost}" is not an organisation id`)
  return {
    bbox: parseBbox(query.bbox),
    ...(hosts.length > 0 ? { hosts } : {}),
    ...(territories.length > 0 ? { territories } : {}),
    ...(equipment.length > 0 ? { equipment } : {}),
    capacityMin: query.capacity_min,
    stepFree: query.step_free,
    free: query.free,
    availableDuring: parseAvailableWindow(query.available_from, query.available_to),
  }
}
