/**
 * Which language the interface speaks: the visitor's explicit choice if any,
 * else the first of the browser's preferred languages that we have, else
 * French.
 */
import { en } from './en.js'
import { fr, type Messages } from './fr.js'

export type Language = 'fr' | 'en'

export const languages: Record<Language, Messages> = { fr, en }

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en'
}

export function chooseLanguage(stored: string | null | undefined, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLanguage(primary)) return primary
  }
  return 'fr'
}

export function messages(language: Language): Messages {
  return languages[language]
}
