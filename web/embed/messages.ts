/** What the widgets say, in French first and in English. */
import type { Language } from '../i18n/language.js'

const fr = {
  data: 'Données : ',
  newTab: '(s’ouvre dans un nouvel onglet)',
}

const en: typeof fr = {
  data: 'Data: ',
  newTab: '(opens in a new tab)',
}

export const embedMessages = (language: Language) => (language === 'en' ? en : fr)
