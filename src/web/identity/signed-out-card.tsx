/** The card every signed-out page sits in: the language choice, the brand and a heading. */
import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n.js';
import { Brand, LanguageSelect } from '../layout/shell.js';

/** A signed-out page titled `title` (also the document title). */
export function SignedOutCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="signin">
      <div className="signin__language">
        <LanguageSelect />
      </div>
      <main id="main" className="signin__card card">
        <Brand />
        <h1 className="signin__title">{title}</h1>
        {children}
      </main>
    </div>
  );
}
