/** English strings, the second language of the interface. */
import type { Messages } from './fr.js'

const numbers = new Intl.NumberFormat('en-GB')

export const en: Messages = {
  languageName: 'English',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
  switchLanguage: 'Change language',
  nav: { map: 'Map', agenda: 'Agenda', rooms: 'Rooms', propose: 'Propose', moderation: 'Moderation', myRooms: 'My rooms' },
  titles: {
    map: 'Map of initiatives',
    agenda: 'Citizen agenda',
    rooms: 'Rooms lent between organisations',
    share: 'Share / embed',
    notFound: 'Page not found',
  },
  notFound: 'This address matches no page of the site.',
  backHome: 'Back to the map',
  settingsUnavailable: 'The server does not answer; the page shows with default settings.',
  map: {
    label: 'Map of initiatives',
    unavailable: 'The map cannot be shown on this device; the list of initiatives is still available.',
    controls: {
      'Map.Title': 'Map of initiatives',
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'NavigationControl.ResetBearing': 'Reset bearing to north',
      'AttributionControl.ToggleAttribution': 'Show or hide sources',
      'Popup.Close': 'Close',
    },
  },
  list: {
    label: 'Initiatives in the area shown',
    loading: 'Loading initiatives…',
    failed: 'The initiatives could not be loaded.',
    count: (shown, matched) =>
      matched === 0
        ? 'No initiative in this area'
        : shown < matched
          ? `${numbers.format(shown)} initiatives shown out of ${numbers.format(matched)}`
          : matched === 1
            ? '1 initiative in this area'
            : `${numbers.format(matched)} initiatives in this area`,
    showMore: (count) => `Show ${numbers.format(count)} more`,
  },
}
