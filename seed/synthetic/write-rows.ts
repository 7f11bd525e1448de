/**
 * Fast writes of many rows on both engines: each batch travels as one JSON
 * parameter and becomes rows with json_to_recordset, so a statement of a
 * thousand rows has one parameter and PostgreSQL parses it once.
 */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'

type Tx = Parameters<Parameters<Database['db']['transaction']>[0]>[0]

/** How the JSON fields of a batch become the columns of a table. */
export interface RowsTable {
  table: string
  /** Fields of the JSON objects and their SQL types (the AS clause of json_to_recordset). */
  fields: string
  /** Columns to fill and the expression over the fields that fills each. */
  columns: Record<string, string>
}

const POINT = 'ST_SetSRID(ST_MakePoint(lon, lat), 4326)'

export const INITIATIVES: RowsTable = {
  table: 'initiatives',
  fields: `id uuid, name text, description text, categories text[], legal_form text, lon float8, lat float8, address text,
    commune text, territories text[], website text, email text, phone text, email_public bool, phone_public bool, created_at timestamptz`,
  columns: {
    id: 'id', name: 'name', description: 'description', categories: 'categories', legal_form: 'legal_form', location: POINT,
    address: 'address', commune: 'commune', territories: 'territories', website: 'website', email: 'email', phone: 'phone',
    email_public: 'email_public', phone_public: 'phone_public', status: `'published'`, source: `'import:synthetic'`,
    created_at: 'created_at', updated_at: 'created_at',
  },
}

export const ROOMS: RowsTable = {
  table: 'rooms',
  fields: `id uuid, host_id uuid, name text, description text, lon float8, lat float8, address text, commune text,
    territories text[], capacity int, surface numeric, equipment text[], step_free bool, free bool, conditions text, rules text`,
  columns: {
    id: 'id', host_id: 'host_id', name: 'name', description: 'description', location: POINT, address: 'address',
    commune: 'commune', territories: 'territories', capacity: 'capacity', surface: 'surface', equipment: 'equipment',
    step_free: 'step_free', free: 'free', conditions: 'conditions', rules: 'rules', status: `'published'`,
  },
}

export const LOANS: RowsTable = {
  table: 'loans',
  fields: `id uuid, room_id uuid, start timestamptz, "end" timestamptz, purpose text, people int, requester_name text,
    requester_email text, requester_organisation_id uuid, status text, decided_at timestamptz, created_at timestamptz`,
  columns: {
    id: 'id', room_id: 'room_id', start: 'start', '"end"': '"end"', purpose: 'purpose', people: 'people',
    requester_name: 'requester_name', requester_email: 'requester_email', requester_organisation_id: 'requester_organisation_id',
    status: 'status', decided_at: 'decided_at', created_at: 'created_at',
  },
}

export const EVENTS: RowsTable = {
  table: 'events',
  fields: `id uuid, title text, description text, start timestamptz, "end" timestamptz, all_day bool, rrule text,
    exdates text[], last_end timestamptz, kind text, categories text[], organiser_id uuid, organiser_name text, room_id uuid,
    lon float8, lat float8, address text, commune text, territories text[], online_url text, free bool, price text,
    registration_url text, accessibility text, status text, sequence int`,
  columns: {
    id: 'id', title: 'title', description: 'description', start: 'start', '"end"': '"end"', all_day: 'all_day',
    timezone: `'Europe/Paris'`, rrule: 'rrule', exdates: 'exdates', last_end: 'last_end', kind: 'kind', categories: 'categories',
    organiser_id: 'organiser_id', organiser_name: 'organiser_name', room_id: 'room_id', location: POINT, address: 'address',
    commune: 'commune', territories: 'territories', online_url: 'online_url', free: 'free', price: 'price',
    registration_url: 'registration_url', accessibility: 'accessibility', status: 'status', sequence: 'sequence',
  },
}

export const EVENT_PROGRAMMES: RowsTable = {
  table: 'event_programmes',
  fields: 'event_id uuid, programme_slug text',
  columns: { event_id: 'event_id', programme_slug: 'programme_slug' },
}

/** Inserts the rows (objects whose keys are the table's fields) in one statement. */
export async function insertRows(database: Database, tx: Tx, target: RowsTable, rows: object[]): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(target.columns)
  const expressions = Object.values(target.columns)
  try {
    await database.query(sql`INSERT INTO ${sql.raw(target.table)} (${sql.raw(columns.join(', '))})
      SELECT ${sql.raw(expressions.join(', '))}
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(${sql.raw(target.fields)})`, tx)
  } catch (error) {
    // The driver's message quotes the whole batch; keep the database's own words.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
    const message = cause instanceof Error ? cause.message : String(cause)
    const hint = /duplicate key/.test(message) ? ' (was this seed already generated into this database? use another --seed)' : ''
    throw new Error(`Writing ${target.table} failed: ${message}${hint}`, { cause })
  }
}
