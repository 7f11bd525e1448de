/**
 * Opaque page cursors: the last key seen, base64url-encoded JSON. A cursor
 * comes back from the client, so what it decodes to is input like any other
 * and is checked against the schema of its key before any query sees it.
 */
import type { Static, TSchema } from 'typebox'
import { Value } from 'typebox/value'
import { invalidField } from './errors.js'

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

export function decodeCursor<T extends TSchema>(raw: string | undefined, key: T): Static<T> | undefined {
  if (raw === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    value = undefined
  }
  if (value !== undefined && Value.Check(key, value)) return value as Static<T>
  throw invalidField('query', 'cursor', 'is not a cursor given by this API')
}
