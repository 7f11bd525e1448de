/** What the widgets say of their own, in French first and in English. */
import type { Language } from '../i18n/language.js'

const fr = {
  data: 'Données : ',
  newTab: '(s’ouvre dans un nouvel onglet)',
  wholeAgenda: 'Tout l’agenda',
  subscribe: 'S’abonner (iCal)',
  more: 'D’autres dates suivent dans l’agenda.',
}

const en: typeof fr = {
  data: 'Data: ',
  newTab: '(opens in a new tab)',
  wholeAgenda: 'The whole agenda',
  subscribe: 'Subscribe (iCal)',
  more: 'More dates follow in the agenda.',
}

export const embedMessages = (language: Language) => (language === 'en' ? en : fr)
