import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import ko from './ko'
import en from './en'

export const LANG_KEY = 'dearme.lang'

function initialLanguage(): 'ko' | 'en' {
  try {
    const saved = localStorage.getItem(LANG_KEY)
    if (saved === 'en' || saved === 'ko') return saved
  } catch {
    /* ignore */
  }
  return 'ko' // Korean first, regardless of the browser's language
}

i18n.use(initReactI18next).init({
  resources: { ko: { translation: ko }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'ko',
  interpolation: { escapeValue: false },
  returnNull: false,
})

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng
  try {
    localStorage.setItem(LANG_KEY, lng)
  } catch {
    /* ignore */
  }
})
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language

export default i18n
