/**
 * Typed client of the open rooms API (SPEC §4): rooms, their availability,
 * loans asked and answered, and the signed-in account. Writes are
 * same-origin requests carrying the session cookie.
 */
import { ApiError, type ApiClientOptions } from './client.js'
import { createSender } from './send.js'
import type { Availability, Loan, LoanCreated, Room, RoomCollection, RoomProperties } from './types.js'
import type { RoomChangeBody, RoomCreateBody } from '../../server/rooms/write-schemas.js'
import type { LoanRequestBody } from '../../server/loans/schemas.js'

export type { Availability, Loan, LoanCreated, Room, RoomCollection, RoomProperties }

/** What a host writes (POST /api/rooms), and a partial change (PATCH /api/rooms/{id}): the server's schemas. */
export type RoomInput = RoomCreateBody
export type RoomChange = RoomChangeBody

export type LoanStatus = Loan['status']
export type LoanRequest = LoanRequestBody

export type { Account } from './types.js'

export interface RoomsApi {
  rooms(params: URLSearchParams, signal?: AbortSignal): Promise<RoomCollection>
  room(id: string, signal?: AbortSignal): Promise<Room>
  availability(id: string, from: string, to: string, signal?: AbortSignal): Promise<Availability>
  /** The room's busy blocks as an iCalendar feed. */
  feedUrl(id: string): string
  createRoom(room: RoomInput): Promise<Room>
  updateRoom(id: string, change: RoomChange): Promise<Room>
  requestLoan(roomId: string, request: LoanRequest): Promise<LoanCreated>
  loans(role: 'host' | 'requester', status?: LoanStatus, signal?: AbortSignal): Promise<Loan[]>
  decideLoan(id: string, decision: 'approve' | 'decline' | 'cancel', body: { message?: string; token?: string }): Promise<Loan>
}

export function createRoomsApi(options: ApiClientOptions = {}): RoomsApi {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '')
  const send = createSender(options)

  const room = (id: string) => `/api/rooms/${encodeURIComponent(id)}`

  return {
    rooms: (params, signal) => send('GET', `/api/rooms${[...params.keys()].length > 0 ? `?${params}` : ''}`, undefined, signal),
    room: (id, signal) => send('GET', room(id), undefined, signal),
    availability: (id, from, to, signal) =>
      send('GET', `${room(id)}/availability?${new URLSearchParams({ from, to })}`, undefined, signal),
    feedUrl: (id) => `${baseUrl}/feeds/rooms/${encodeURIComponent(id)}.ics`,
    createRoom: (input) => send('POST', '/api/rooms', input),
    updateRoom: (id, input) => send('PATCH', room(id), input),
    requestLoan: (roomId, request) => send('POST', `${room(roomId)}/loans`, request),
    async loans(role, status, signal) {
      const params = new URLSearchParams({ role })
      if (status) params.set('status', status)
      // Every page: an inbox shows all of an organisation's loans.
      const all: Loan[] = []
      for (let path: string | undefined = `/api/loans?${params}`; path !== undefined;) {
        const body: { items: Loan[]; links: { rel: string; href: string }[] } = await send('GET', path, undefined, signal)
        all.push(...body.items)
        path = body.links.find((link) => link.rel === 'next')?.href
      }
      return all
    },
    decideLoan: (id, decision, body) => send('POST', `/api/loans/${encodeURIComponent(id)}/${decision}`, body),
  }
}
