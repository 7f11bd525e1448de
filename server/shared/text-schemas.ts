/**
 * The strings people write, by kind, so that what cannot be text never
 * reaches the database or a page:
 *
 * - `Line`: one line (an address, a price): no control character, no line
 *   or paragraph separator, no lone UTF-16 surrogate.
 * - `Name`: a line that is not blank (a name, a title).
 * - `Text`: several lines (a description, a message): line breaks and tabs
 *   are kept, other control characters and lone surrogates are refused.
 * - `Uuid`: an id, as every key of the database.
 *
 * The patterns run with the `u` flag (AJV's default, TypeBox's too), where
 * `\p{Cs}` matches exactly the surrogates that are not half of a pair.
 * errors.ts says them in words.
 */
import { Type, type TStringOptions } from 'typebox'

export const LINE_PATTERN = '^[^\\p{Cc}\\p{Cs}\\u2028\\u2029]*$'
export const NAME_PATTERN = '^(?=.*\\S)[^\\p{Cc}\\p{Cs}\\u2028\\u2029]*$'
export const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\p{Cs}]*$'

/** What a refused pattern means, for the `detail` of a problem. */
export const PATTERN_DETAILS: Record<string, string> = {
  [LINE_PATTERN]: 'must be one line of text, without control characters',
  [NAME_PATTERN]: 'must be one line of text, not blank, without control characters',
  [TEXT_PATTERN]: 'must be text without control characters (line breaks and tabs are allowed)',
}

export const Line = (options: TStringOptions = {}) => Type.String({ ...options, pattern: LINE_PATTERN })
export const Name = (options: TStringOptions = {}) => Type.String({ ...options, pattern: NAME_PATTERN })
export const Text = (options: TStringOptions = {}) => Type.String({ ...options, pattern: TEXT_PATTERN })
export const Uuid = (options: TStringOptions = {}) => Type.String({ ...options, format: 'uuid' })
