import { Suspense, useEffect, type ReactNode } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import type { Locale } from '@nap/domain'
import { I18nProvider } from '@/i18n/i18n-context.tsx'
import { LANG_PARAM, isLocale, resolveLanguage, storeLanguage } from '@/i18n/language.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useMessages } from '@/i18n/use-messages.ts'
import { AppLink, AppNavLink } from '@/components/ui/app-link.tsx'
import { paths } from '@/config/paths.ts'
import { LanguageSwitcher } from './language-switcher.tsx'

/** Header, navigation, main landmark and footer around every page. */
export function AppLayout({ children }: { children: ReactNode }) {
  const [search] = useSearchParams()
  const lang = resolveLanguage(search)
  const fromUrl = search.get(LANG_PARAM)

  useEffect(() => {
    document.documentElement.lang = lang
    if (isLocale(fromUrl)) storeLanguage(fromUrl)
  }, [lang, fromUrl])

  // Only the first visit in Spanish or French waits (briefly) for its catalog: nothing is shown meanwhile.
  return (
    <Suspense fallback={null}>
      <Localized lang={lang}>
        <Shell>{children}</Shell>
      </Localized>
    </Suspense>
  )
}

function Localized({ lang, children }: { lang: Locale; children: ReactNode }) {
  const { pathname } = useLocation()
  // The admin UI's messages load with the admin UI only.
  const messages = useMessages(lang, pathname === '/admin' || pathname.startsWith('/admin/'))
  return (
    <I18nProvider lang={lang} messages={messages}>
      {children}
    </I18nProvider>
  )
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const navItems = [
    { to: paths.overview.build(), label: t('nav.overview'), end: true },
    { to: paths.goals.build(), label: t('nav.goals'), end: false },
    { to: paths.countries.build(), label: t('nav.countries'), end: false },
    { to: paths.methodology.build(), label: t('nav.methodology'), end: false },
    { to: paths.about.build(), label: t('nav.data'), end: false },
    { to: paths.changes.build(), label: t('nav.changes'), end: false },
  ]
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <AppLink to={paths.overview.build()} className="brand">
            <span className="brand__mark" aria-hidden="true">
              ◎
            </span>
            <span className="brand__text">
              <span className="brand__top">{t('app.brandTop')}</span>
              <span className="brand__sub">{t('app.brandSub')}</span>
            </span>
          </AppLink>
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  <AppNavLink to={item.to} end={item.end}>
                    {item.label}
                  </AppNavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p className="site-footer__attribution">{t('footer.attribution')}</p>
          <p>
            {t('footer.method')} <AppLink to={paths.methodology.build()}>{t('nav.methodology')}</AppLink> ·{' '}
            <AppLink to={paths.about.build()}>{t('nav.data')}</AppLink> · <AppLink to={paths.changes.build()}>{t('nav.changes')}</AppLink> ·{' '}
            <a href="/api/docs">{t('footer.api')}</a> · <AppLink to={paths.admin.build()}>{t('footer.editors')}</AppLink>
          </p>
        </div>
      </footer>
    </>
  )
}
