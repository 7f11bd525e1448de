/** Opaque page cursors: the last key seen, base64url-encoded JSON. */
import { invalidField } from './errors.js'

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

export function decodeCursor<T>(raw: string | undefined, isValid: (value: unknown) => value is T): T | undefined {
  if (raw === undefined) return undefined
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
    if (isValid(value)) return value
  } catch {
    // falls through to the error below
  }
  throw invalidField('query', 'cursor', 'is not a cursor given by this API')
}
