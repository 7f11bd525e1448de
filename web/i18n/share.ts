/** Strings of the "Partager / intégrer" page, French first; English must provide every key. */
import type { Language } from './language.js'

export const fr = {
  title: 'Partager / intégrer',
  intro: 'Mettez la carte, l\u2019agenda ou les salles sur votre site\u00a0: choisissez ce qu\u2019il montre, vérifiez l\u2019aperçu, puis copiez le code dans votre page.',
  link: 'Partager / intégrer',
  widget: 'Ce que votre site montre',
  widgets: { map: 'La carte des initiatives', agenda: 'L\u2019agenda', rooms: 'Les salles prêtées' },
  filters: 'Ce qu\u2019il contient',
  display: 'Son affichage',
  view: 'Vue',
  views: { 'map list': 'Carte et liste', map: 'Carte seule', list: 'Liste seule', month: 'Mois', days: 'Liste par jour' } as Record<string, string>,
  height: 'Hauteur',
  heightHelp: 'Une longueur CSS\u00a0: 480px, 30em ou 60vh.',
  heightInvalid: 'Indiquez une hauteur comme 480px, 30em ou 60vh.',
  preview: 'Aperçu',
  script: 'Code à coller dans votre page',
  scriptHelp: 'Une seule balise script suffit par page, même pour plusieurs éléments.',
  iframe: 'Ou, si votre site n\u2019accepte que les iframes',
  copy: 'Copier',
  copied: 'Copié dans le presse-papiers.',
  copyFailed: 'La copie n\u2019a pas pu se faire\u00a0: le texte est sélectionné, copiez-le avec Ctrl+C.',
  frameTitle: (what: string, site: string) => `${what} — ${site}`,
}

export type ShareMessages = typeof fr

export const en: ShareMessages = {
  title: 'Share / embed',
  intro: 'Put the map, the agenda or the rooms on your website: choose what it shows, check the preview, then copy the code into your page.',
  link: 'Share / embed',
  widget: 'What your site shows',
  widgets: { map: 'The map of initiatives', agenda: 'The agenda', rooms: 'The rooms lent' },
  filters: 'What it holds',
  display: 'How it looks',
  view: 'View',
  views: { 'map list': 'Map and list', map: 'Map only', list: 'List only', month: 'Month', days: 'List by day' },
  height: 'Height',
  heightHelp: 'A CSS length: 480px, 30em or 60vh.',
  heightInvalid: 'Give a height such as 480px, 30em or 60vh.',
  preview: 'Preview',
  script: 'Code to paste into your page',
  scriptHelp: 'The script tag is needed once per page, even with several elements.',
  iframe: 'Or, if your site only accepts iframes',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copying failed: the text is selected, copy it with Ctrl+C.',
  frameTitle: (what: string, site: string) => `${what} — ${site}`,
}

export const shareMessages = (language: Language): ShareMessages => (language === 'en' ? en : fr)
