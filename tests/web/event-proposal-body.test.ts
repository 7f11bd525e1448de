import { describe, expect, it } from 'vitest'
import { readEventProposal, type ProposalState } from '../../web/app/agenda/event-proposal-body.js'

const t = { missing: 'obligatoire', endBeforeStart: 'fin avant début' }
const state = (changes: Partial<ProposalState> = {}): ProposalState => ({
  allDay: false, free: true, organiserId: '', placeKind: 'online', commune: '', point: undefined, recurrence: undefined, ...changes,
})
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

describe('the body the event proposal form sends', () => {
  it('sends Paris wall-clock times with the offset of Paris on that date', () => {
    const { body, errors } = readEventProposal(form({
      title: 'Forum', kind: 'forum', organiser_name: 'Collectif', start_date: '2027-07-14', start_time: '14:00',
      end_date: '2027-07-14', end_time: '17:30', online_url: 'https://visio.example/forum',
    }), state(), t)
    expect(errors).toEqual({})
    expect(body).toMatchObject({ type: 'Feature', geometry: null })
    expect(body.properties).toMatchObject({ start: '2027-07-14T14:00:00+02:00', end: '2027-07-14T17:30:00+02:00', timezone: 'Europe/Paris', online_url: 'https://visio.example/forum' })
  })

  it('makes the last day of an all-day event exclusive, as the API wants', () => {
    const { body } = readEventProposal(form({ title: 'Salon', kind: 'forum', organiser_name: 'X', start_date: '2027-12-11', end_date: '2027-12-12', online_url: 'https://a.example' }), state({ allDay: true }), t)
    expect(body.properties).toMatchObject({ all_day: true, start: '2027-12-11', end: '2027-12-13' })
  })

  it('places a member organisation event at its address, without a free-text organiser', () => {
    const { body, errors } = readEventProposal(form({ title: 'Portes ouvertes', kind: 'porte_ouverte', start_date: '2027-01-09', start_time: '10:00', end_date: '2027-01-09', end_time: '12:00' }),
      state({ organiserId: 'org-1', placeKind: 'organisation' }), t)
    expect(errors).toEqual({})
    expect(body.properties).toMatchObject({ organiser_id: 'org-1', place_initiative_id: 'org-1', start: '2027-01-09T10:00:00+01:00' })
    expect(body.properties).not.toHaveProperty('organiser_name')
    expect(body.geometry).toBeNull()
  })

  it('sends the point placed on the map as the geometry, the address and commune as properties', () => {
    const { body, errors } = readEventProposal(form({
      title: 'Troc', kind: 'atelier', organiser_name: 'Voisins', start_date: '2027-01-09', start_time: '10:00',
      end_date: '2027-01-09', end_time: '12:00', address: '12 rue Nationale',
    }), state({ placeKind: 'address', commune: '37261', point: [0.6848, 47.3941] }), t)
    expect(errors).toEqual({})
    expect(body.geometry).toEqual({ type: 'Point', coordinates: [0.6848, 47.3941] })
    expect(body.properties).toMatchObject({ address: '12 rue Nationale', commune: '37261' })
    expect(body.properties).not.toHaveProperty('location')
  })

  it('names each missing field and an end before the start', () => {
    const { errors } = readEventProposal(form({ start_date: '2027-01-09', start_time: '12:00', end_date: '2027-01-09', end_time: '10:00', address: '' }), state({ placeKind: 'address' }), t)
    expect(errors).toEqual({
      title: 'obligatoire', kind: 'obligatoire', organiser_name: 'obligatoire', end_date: 'fin avant début',
      address: 'obligatoire', commune: 'obligatoire', location: 'obligatoire',
    })
  })
})
