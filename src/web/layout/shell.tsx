/**
 * The frame around every signed-in page: brand, navigation, language, account and sign-out.
 * The agent console lays it out as a sidebar, the client portal as a top bar; on a phone both
 * fold into a bar with a menu button.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { type Locale, locales } from '../../i18n/index.js';
import { useI18n } from '../i18n.js';
import { Link, usePath } from '../router.js';
import { useMe, useSession } from '../session.js';

/** A navigation entry. */
export interface NavItem {
  to: string;
  label: string;
}

/** A titled group of navigation entries (the first group usually has no title). */
export interface NavGroup {
  title?: string;
  items: NavItem[];
}

/** The Pacta mark and name. */
export function Brand({ subtitle }: { subtitle?: string }) {
  const { t } = useI18n();
  return (
    <div className="brand">
      <span className="brand__mark" aria-hidden="true">
        P
      </span>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        {subtitle && <span className="brand__subtitle">{subtitle}</span>}
      </span>
    </div>
  );
}

/** The language picker (Español / English), each name in its own language. */
export function LanguageSelect() {
  const { locale, choose, t } = useI18n();
  return (
    <label className="language">
      <span className="language__label">{t('language.label')}</span>
      <select
        className="language__select"
        value={locale}
        onChange={(event) => choose(event.target.value as Locale)}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return `${parts[0]?.[0] ?? ''}${parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : ''}`.toUpperCase();
}

/** The shell; `variant` picks the console (sidebar) or the portal (top bar) layout. */
export function Shell(props: {
  variant: 'console' | 'portal';
  nav: NavGroup[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const me = useMe();
  const path = usePath();
  const [menuOpen, setMenuOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: close the phone menu on every navigation
  useEffect(() => setMenuOpen(false), [path]);
  const current = (to: string) => path === to || path.startsWith(`${to}/`);
  return (
    <div className={`shell shell--${props.variant}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="sidebar">
        <div className="sidebar__top">
          <Brand subtitle={t(props.variant === 'console' ? 'app.console' : 'app.portal')} />
          <button
            type="button"
            className="button button--ghost menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="shell-panel"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
        </div>
        <div id="shell-panel" className={`sidebar__panel ${menuOpen ? 'is-open' : ''}`}>
          <nav className="nav" aria-label={t('nav.main')}>
            {props.nav.map((group) => (
              <div className="nav__group" key={group.title ?? 'main'}>
                {group.title && <p className="nav__title">{group.title}</p>}
                <ul>
                  {group.items.map((item) => (
                    <li key={item.to}>
                      <Link
                        to={item.to}
                        className="nav__link"
                        aria-current={current(item.to) ? 'page' : undefined}
                      >
                        {item.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
          <div className="sidebar__footer">
            <LanguageSelect />
            <div className="account">
              <span className="account__avatar" aria-hidden="true">
                {initials(me.user.name)}
              </span>
              <span className="account__text">
                <Link to="/account" className="account__name">
                  {me.user.name}
                </Link>
                <span className="account__meta">
                  {t(`role.${me.user.role}`)} · {me.organisation.name}
                </span>
              </span>
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void signOut()}
            >
              {t('auth.signOut')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <div className="main__inner">{props.children}</div>
      </main>
    </div>
  );
}
