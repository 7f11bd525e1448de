/**
 * The requests measured: the map's viewport over a big town, the first page
 * of the whole country, territory search, and — when their routes exist —
 * rooms, the agenda and its iCal feed.
 */
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client.js'
import { createInitiativeRepository } from '../../server/initiatives/repository.js'
import type { Bbox } from '../../server/shared/bbox.js'
import type { Scenario } from './measure.js'

/** Lyon's centre, as in seed/synthetic/towns.json. */
const LYON = { name: 'Lyon', lon: 4.8357, lat: 45.764 }
/** About what a full-screen map of a big town shows. */
const VIEWPORT_FEATURES = 2300
/** A landscape screen: width / height on the ground. */
const ASPECT = 1.6
/** Never wider than this (degrees of latitude, half height): small data sets stay a town's view. */
const MAX_HALF_HEIGHT = 1.5

export interface Viewport { bbox: Bbox; matched: number }

/**
 * A landscape box centred on Lyon holding about VIEWPORT_FEATURES published
 * initiatives, found by rescaling the box by the repository's own count.
 */
export async function findViewport(database: Database): Promise<Viewport> {
  const initiatives = createInitiativeRepository(database)
  const boxOf = (halfHeight: number): Bbox => {
    const halfWidth = (halfHeight * ASPECT) / Math.cos((LYON.lat * Math.PI) / 180)
    const round = (n: number) => Math.round(n * 1e4) / 1e4
    return [round(LYON.lon - halfWidth), round(LYON.lat - halfHeight), round(LYON.lon + halfWidth), round(LYON.lat + halfHeight)]
  }
  let halfHeight = 0.05
  let best: Viewport = { bbox: boxOf(halfHeight), matched: 0 }
  for (let step = 0; step < 8; step++) {
    const bbox = boxOf(halfHeight)
    const { matched } = await initiatives.listPublished({ bbox }, 1)
    best = { bbox, matched }
    if (Math.abs(matched - VIEWPORT_FEATURES) < VIEWPORT_FEATURES * 0.05 || halfHeight >= MAX_HALF_HEIGHT) break
    // Places cluster around the centre, so the count grows slower than the
    // area: a square-root step converges in a few tries without overshooting much.
    const scale = matched === 0 ? 4 : Math.sqrt(VIEWPORT_FEATURES / matched)
    halfHeight = Math.min(MAX_HALF_HEIGHT, halfHeight * Math.min(4, Math.max(0.25, scale)))
  }
  return best
}

export function scenarios(app: FastifyInstance, viewport: Viewport): { measured: Scenario[]; missing: string[] } {
  const candidates: (Scenario & { path: string })[] = [
    { label: `initiatives, viewport of ${LYON.name}`, path: '/api/initiatives', url: `/api/initiatives?bbox=${viewport.bbox.join(',')}&limit=5000` },
    { label: 'initiatives, first page of France', path: '/api/initiatives', url: '/api/initiatives?limit=500' },
    { label: 'territory search "saint"', path: '/api/territories', url: '/api/territories?q=saint' },
    { label: 'rooms, capacity >= 10', path: '/api/rooms', url: '/api/rooms?capacity_min=10' },
    { label: 'events, next 3 months (default)', path: '/api/events', url: '/api/events' },
    { label: 'iCal feed of the agenda', path: '/feeds/events.ics', url: '/feeds/events.ics' },
  ]
  const exists = (path: string) => app.hasRoute({ method: 'GET', url: path })
  return {
    measured: candidates.filter((c) => exists(c.path)).map(({ label, url }) => ({ label, url })),
    missing: [...new Set(candidates.filter((c) => !exists(c.path)).map((c) => c.path))],
  }
}
