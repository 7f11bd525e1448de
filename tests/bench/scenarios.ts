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
 * initiatives: the box doubles until it holds enough, then is bisected, by
 * the repository's own count (which grows with the box).
 */
export async function findViewport(database: Database): Promise<Viewport> {
  const initiatives = createInitiativeRepository(database)
  const viewportOf = async (halfHeight: number): Promise<Viewport> => {
    const halfWidth = (halfHeight * ASPECT) / Math.cos((LYON.lat * Math.PI) / 180)
    const round = (n: number) => Math.round(n * 1e4) / 1e4
    const bbox: Bbox = [round(LYON.lon - halfWidth), round(LYON.lat - halfHeight), round(LYON.lon + halfWidth), round(LYON.lat + halfHeight)]
    return { bbox, matched: (await initiatives.listPublished({ bbox }, 1)).matched }
  }
  const closeEnough = (v: Viewport) => Math.abs(v.matched - VIEWPORT_FEATURES) <= VIEWPORT_FEATURES * 0.03
  let low = 0
  let high = 0.02
  let best = await viewportOf(high)
  while (best.matched < VIEWPORT_FEATURES && high < MAX_HALF_HEIGHT) {
    low = high
    high = Math.min(MAX_HALF_HEIGHT, high * 2)
    best = await viewportOf(high)
  }
  for (let step = 0; step < 12 && !closeEnough(best) && best.matched > VIEWPORT_FEATURES; step++) {
    const middle = await viewportOf((low + high) / 2)
    if (middle.matched >= VIEWPORT_FEATURES) {
      high = (low + high) / 2
      best = middle
    } else {
      low = (low + high) / 2
      if (closeEnough(middle)) best = middle
    }
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
    { label: 'iCal feed, whole agenda', path: '/feeds/events.ics', url: '/feeds/events.ics' },
    // What ogr2ogr asks page after page when it copies the whole country.
    { label: 'OGC items, initiatives, page of 1,000', path: '/ogc/collections/initiatives/items', url: '/ogc/collections/initiatives/items?limit=1000' },
    { label: 'OGC collections, extents', path: '/ogc/collections', url: '/ogc/collections' },
    // What a subscriber usually pastes: the agenda of one département.
    { label: 'iCal feed, département du Rhône', path: '/feeds/events.ics', url: '/feeds/events.ics?territory=departement:69' },
  ]
  const exists = (path: string) => app.hasRoute({ method: 'GET', url: path })
  return {
    measured: candidates.filter((c) => exists(c.path)).map(({ label, url }) => ({ label, url })),
    missing: [...new Set(candidates.filter((c) => !exists(c.path)).map((c) => c.path))],
  }
}
