import { Link, useLocation } from 'react-router'
import { LOCALES, type Locale } from '@nap/domain'
import { LANG_PARAM, storeLanguage } from '@/i18n/language.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

/** EN ES FR links that keep the path and every other parameter, and remember the choice. */
export function LanguageSwitcher() {
  const { t, lang } = useI18n()
  const location = useLocation()
  const hrefFor = (target: Locale) => {
    const params = new URLSearchParams(location.search)
    params.set(LANG_PARAM, target)
    return { pathname: location.pathname, search: `?${params.toString()}`, hash: location.hash }
  }
  return (
    <nav className="lang-switcher" aria-label={t('lang.label')}>
      <ul>
        {LOCALES.map((code) => (
          <li key={code}>
            <Link
              to={hrefFor(code)}
              lang={code}
              hrefLang={code}
              aria-current={code === lang ? 'true' : undefined}
              onClick={() => storeLanguage(code)}
              preventScrollReset
            >
              {code.toUpperCase()}
              <span className="visually-hidden"> {t(`lang.${code}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
