/**
 * Entry point of the site: registers the elements, gives the shell its API
 * client and language, and remembers the visitor's choice of language.
 */
import { createArchipelApi } from '../api/archipel-api.js'
import { defineComponents, defineElement } from '../components/define.js'
import { chooseLanguage } from '../i18n/language.js'
import { ArchipelApp, type LanguageChangeDetail } from './archipel-app.js'
import { ArchipelMapPage } from './initiatives/map-page.js'
import { ArchipelLoginPage } from './accounts/login-page.js'
import { ArchipelPasswordResetPage } from './accounts/password-reset-page.js'
import { ArchipelPasswordSetPage } from './accounts/password-set-page.js'
import { ArchipelPrivacyPage } from './privacy-page.js'
import { ArchipelRoomsPage } from './rooms/rooms-page.js'
import { ArchipelRoomPage } from './rooms/room-page.js'
import { ArchipelMyRoomsPage } from './rooms/my-rooms-page.js'
import { ArchipelLoanCancelPage } from './rooms/loan-cancel-page.js'
import { ArchipelRoomFilters } from '../components/rooms/archipel-room-filters.js'
import { ArchipelRoomList } from '../components/rooms/archipel-room-list.js'
import { ArchipelRoomCalendar } from '../components/rooms/archipel-room-calendar.js'
import { ArchipelRoomRequestForm } from '../components/rooms/archipel-room-request-form.js'
import { ArchipelRoomEditor } from '../components/rooms/archipel-room-editor.js'
import { ArchipelRoomLoanInbox } from '../components/rooms/archipel-room-loan-inbox.js'
import { ArchipelInitiativePage } from './initiatives/initiative-page.js'
import { ArchipelProposeInitiativePage } from './initiatives/propose-initiative-page.js'
import { ArchipelModerationPage } from './moderation/moderation-page.js'
import { ArchipelMapFilters } from '../components/initiatives/archipel-map-filters.js'
import { ArchipelTerritoryPicker } from '../components/archipel-territory-picker.js'
import { ArchipelInitiativeDetail } from '../components/initiatives/archipel-initiative-detail.js'
import { ArchipelInitiativeForm } from '../components/initiatives/archipel-initiative-form.js'
import { ArchipelPointPicker } from '../components/map/archipel-point-picker.js'
import { ArchipelReportForm } from '../components/initiatives/archipel-report-form.js'
import { ArchipelDiff } from '../components/moderation/archipel-diff.js'
import { ArchipelModerationItem } from '../components/moderation/archipel-moderation-item.js'
import { ArchipelCategoryEditor } from '../components/moderation/archipel-category-editor.js'
import { ArchipelAgendaPage } from './agenda/agenda-page.js'
import { ArchipelSharePage } from './share/share-page.js'
import { ArchipelAgendaWidget } from '../embed/archipel-agenda-widget.js'
import { ArchipelMapWidget } from '../embed/archipel-map-widget.js'
import { ArchipelRoomsWidget } from '../embed/archipel-rooms-widget.js'
import { ArchipelEventPage } from './agenda/event-page.js'
import { ArchipelProposeEventPage } from './agenda/propose-event-page.js'
import { ArchipelProgrammePage } from './agenda/programme-page.js'
import { ArchipelAgendaDayList } from '../components/agenda/archipel-agenda-day-list.js'
import { ArchipelAgendaMonthGrid } from '../components/agenda/archipel-agenda-month-grid.js'
import { ArchipelAgendaFilters } from '../components/agenda/archipel-agenda-filters.js'
import { ArchipelAgendaSubscribe } from '../components/agenda/archipel-agenda-subscribe.js'
import { ArchipelAgendaRecurrenceFields } from '../components/agenda/archipel-agenda-recurrence-fields.js'

declare global {
  interface HTMLElementTagNameMap {
    'archipel-app': ArchipelApp
    'archipel-map-page': ArchipelMapPage
    'archipel-login-page': ArchipelLoginPage
    'archipel-password-reset-page': ArchipelPasswordResetPage
    'archipel-password-set-page': ArchipelPasswordSetPage
    'archipel-privacy-page': ArchipelPrivacyPage
    'archipel-rooms-page': ArchipelRoomsPage
    'archipel-room-page': ArchipelRoomPage
    'archipel-my-rooms-page': ArchipelMyRoomsPage
    'archipel-loan-cancel-page': ArchipelLoanCancelPage
    'archipel-room-filters': ArchipelRoomFilters
    'archipel-room-list': ArchipelRoomList
    'archipel-room-calendar': ArchipelRoomCalendar
    'archipel-room-request-form': ArchipelRoomRequestForm
    'archipel-room-editor': ArchipelRoomEditor
    'archipel-room-loan-inbox': ArchipelRoomLoanInbox
    'archipel-initiative-page': ArchipelInitiativePage
    'archipel-propose-initiative-page': ArchipelProposeInitiativePage
    'archipel-moderation-page': ArchipelModerationPage
    'archipel-map-filters': ArchipelMapFilters
    'archipel-territory-picker': ArchipelTerritoryPicker
    'archipel-initiative-detail': ArchipelInitiativeDetail
    'archipel-initiative-form': ArchipelInitiativeForm
    'archipel-point-picker': ArchipelPointPicker
    'archipel-report-form': ArchipelReportForm
    'archipel-diff': ArchipelDiff
    'archipel-moderation-item': ArchipelModerationItem
    'archipel-category-editor': ArchipelCategoryEditor
    'archipel-agenda-page': ArchipelAgendaPage
    'archipel-event-page': ArchipelEventPage
    'archipel-propose-event-page': ArchipelProposeEventPage
    'archipel-programme-page': ArchipelProgrammePage
    'archipel-share-page': ArchipelSharePage
    'archipel-agenda-day-list': ArchipelAgendaDayList
    'archipel-agenda-month-grid': ArchipelAgendaMonthGrid
    'archipel-agenda-filters': ArchipelAgendaFilters
    'archipel-agenda-subscribe': ArchipelAgendaSubscribe
    'archipel-agenda-recurrence-fields': ArchipelAgendaRecurrenceFields
  }
}

const languageKey = 'archipel.language'

defineComponents()
defineElement('archipel-map-page', ArchipelMapPage)
defineElement('archipel-login-page', ArchipelLoginPage)
defineElement('archipel-password-reset-page', ArchipelPasswordResetPage)
defineElement('archipel-password-set-page', ArchipelPasswordSetPage)
defineElement('archipel-privacy-page', ArchipelPrivacyPage)
defineElement('archipel-room-filters', ArchipelRoomFilters)
defineElement('archipel-room-list', ArchipelRoomList)
defineElement('archipel-room-calendar', ArchipelRoomCalendar)
defineElement('archipel-room-request-form', ArchipelRoomRequestForm)
defineElement('archipel-room-editor', ArchipelRoomEditor)
defineElement('archipel-room-loan-inbox', ArchipelRoomLoanInbox)
defineElement('archipel-rooms-page', ArchipelRoomsPage)
defineElement('archipel-room-page', ArchipelRoomPage)
defineElement('archipel-my-rooms-page', ArchipelMyRoomsPage)
defineElement('archipel-loan-cancel-page', ArchipelLoanCancelPage)
defineElement('archipel-map-filters', ArchipelMapFilters)
defineElement('archipel-territory-picker', ArchipelTerritoryPicker)
defineElement('archipel-initiative-detail', ArchipelInitiativeDetail)
defineElement('archipel-initiative-form', ArchipelInitiativeForm)
defineElement('archipel-point-picker', ArchipelPointPicker)
defineElement('archipel-report-form', ArchipelReportForm)
defineElement('archipel-diff', ArchipelDiff)
defineElement('archipel-moderation-item', ArchipelModerationItem)
defineElement('archipel-category-editor', ArchipelCategoryEditor)
defineElement('archipel-initiative-page', ArchipelInitiativePage)
defineElement('archipel-propose-initiative-page', ArchipelProposeInitiativePage)
defineElement('archipel-moderation-page', ArchipelModerationPage)
defineElement('archipel-agenda-day-list', ArchipelAgendaDayList)
defineElement('archipel-agenda-month-grid', ArchipelAgendaMonthGrid)
defineElement('archipel-agenda-filters', ArchipelAgendaFilters)
defineElement('archipel-agenda-subscribe', ArchipelAgendaSubscribe)
defineElement('archipel-agenda-recurrence-fields', ArchipelAgendaRecurrenceFields)
defineElement('archipel-agenda-page', ArchipelAgendaPage)
defineElement('archipel-event-page', ArchipelEventPage)
defineElement('archipel-propose-event-page', ArchipelProposeEventPage)
defineElement('archipel-programme-page', ArchipelProgrammePage)
defineElement('archipel-share-page', ArchipelSharePage)
// The widgets too, for the share page's live preview.
defineElement('archipel-map', ArchipelMapWidget)
defineElement('archipel-agenda', ArchipelAgendaWidget)
defineElement('archipel-rooms', ArchipelRoomsWidget)
defineElement('archipel-app', ArchipelApp)

const app = document.querySelector('archipel-app')
if (app) {
  app.api = createArchipelApi()
  app.language = chooseLanguage(readStoredLanguage(), navigator.languages)
  app.addEventListener('archipel-language-change', (event) => {
    storeLanguage((event as CustomEvent<LanguageChangeDetail>).detail.language)
  })
}

// Storage may be refused (private browsing, blocked cookies): then the
// choice simply lasts as long as the page.
function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(languageKey)
  } catch {
    return null
  }
}

function storeLanguage(language: string): void {
  try {
    localStorage.setItem(languageKey, language)
  } catch {
    // see above
  }
}
