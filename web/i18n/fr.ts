/**
 * French strings: the interface's default language (SPEC §2.3).
 * English (en.ts) must provide every key, which `Messages` enforces.
 */
const numbers = new Intl.NumberFormat('fr-FR')

export const fr = {
  languageName: 'Français',
  skipToContent: 'Aller au contenu',
  mainNavigation: 'Navigation principale',
  switchLanguage: 'Changer de langue',
  nav: { map: 'Carte', agenda: 'Agenda', rooms: 'Salles', propose: 'Proposer', moderation: 'Modération', myRooms: 'Mes salles' },
  titles: {
    map: 'Carte des initiatives',
    agenda: 'Agenda citoyen',
    rooms: 'Salles prêtées entre organisations',
    share: 'Partager / intégrer',
    notFound: 'Page introuvable',
  },
  notFound: 'Cette adresse ne correspond à aucune page du site.',
  backHome: 'Revenir à la carte',
  settingsUnavailable: 'Le serveur ne répond pas\u00a0; la page s\u2019affiche avec les réglages par défaut.',
  map: {
    label: 'Carte des initiatives',
    unavailable: 'La carte ne peut pas s\u2019afficher sur cet appareil\u00a0; la liste des initiatives reste disponible.',
    controls: {
      'Map.Title': 'Carte des initiatives',
      'NavigationControl.ZoomIn': 'Zoomer',
      'NavigationControl.ZoomOut': 'Dézoomer',
      'NavigationControl.ResetBearing': 'Réorienter vers le nord',
      'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources',
      'Popup.Close': 'Fermer',
    } as Record<string, string>,
  },
  list: {
    label: 'Initiatives de la zone affichée',
    loading: 'Chargement des initiatives…',
    failed: 'Les initiatives n\u2019ont pas pu être chargées.',
    count: (shown: number, matched: number): string =>
      matched === 0
        ? 'Aucune initiative dans cette zone'
        : shown < matched
          ? `${numbers.format(shown)} initiatives affichées sur ${numbers.format(matched)}`
          : matched === 1
            ? '1 initiative dans cette zone'
            : `${numbers.format(matched)} initiatives dans cette zone`,
    showMore: (count: number): string => `Afficher ${numbers.format(count)} de plus`,
  },
}

export type Messages = typeof fr
