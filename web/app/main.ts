/**
 * Entry point of the site: registers the elements, gives the shell its API
 * client and language, and remembers the visitor's choice of language.
 */
import { createApiClient } from '../api/client.js'
import { defineComponents, defineElement } from '../components/define.js'
import { chooseLanguage } from '../i18n/language.js'
import { ArchipelApp, type LanguageChangeDetail } from './archipel-app.js'
import { ArchipelMapPage } from './map-page.js'
import { ArchipelLoginPage } from './login-page.js'
import { ArchipelPasswordResetPage } from './password-reset-page.js'
import { ArchipelPasswordSetPage } from './password-set-page.js'
import { ArchipelPrivacyPage } from './privacy-page.js'

declare global {
  interface HTMLElementTagNameMap {
    'archipel-app': ArchipelApp
    'archipel-map-page': ArchipelMapPage
    'archipel-login-page': ArchipelLoginPage
    'archipel-password-reset-page': ArchipelPasswordResetPage
    'archipel-password-set-page': ArchipelPasswordSetPage
    'archipel-privacy-page': ArchipelPrivacyPage
  }
}

const languageKey = 'archipel.language'

defineComponents()
defineElement('archipel-map-page', ArchipelMapPage)
defineElement('archipel-login-page', ArchipelLoginPage)
defineElement('archipel-password-reset-page', ArchipelPasswordResetPage)
defineElement('archipel-password-set-page', ArchipelPasswordSetPage)
defineElement('archipel-privacy-page', ArchipelPrivacyPage)
defineElement('archipel-app', ArchipelApp)

const app = document.querySelector('archipel-app')
if (app) {
  app.api = createApiClient()
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
