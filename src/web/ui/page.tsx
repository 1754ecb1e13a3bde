/**
 * Page furniture: the heading (which also sets the document title and takes focus after an
 * in-app navigation, so screen readers announce the new page), and notices.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n.js';

let firstPage = true;
let flash: string | null = null;

/** Keeps a success message for the next page (e.g. "saved" across the redirect after a create). */
export function setFlash(message: string) {
  flash = message;
}

/** The message left by {@link setFlash}, once. */
export function takeFlash(): string | null {
  const message = flash;
  flash = null;
  return message;
}

/** The page's `<h1>`, intro and actions. */
export function PageHeader(props: { title: string; intro?: string; actions?: ReactNode }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · ${t('app.name')}`;
  }, [props.title, t]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {props.title}
        </h1>
        {props.intro && <p className="page-header__intro">{props.intro}</p>}
      </div>
      {props.actions && <div className="page-header__actions">{props.actions}</div>}
    </header>
  );
}

/** A success or information line, announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="alert alert--success" role="status">
      {children}
    </p>
  );
}

/** A table inside a labelled region that scrolls sideways on narrow screens (and by keyboard). */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section
      className="table-region"
      aria-label={t('common.tableRegion', { name: label })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      {children}
    </section>
  );
}
