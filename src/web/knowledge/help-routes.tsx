/** The help centre's addresses: `/help/<language>` and `/help/<language>/<slug>`. */
import type { ReactNode } from 'react';
import { HelpArticlePage, HelpIndexPage } from './help.js';

const helpAddress = /^\/help\/(es|en)(?:\/([a-z0-9]+(?:-[a-z0-9]+)*))?\/?$/;

/** The help-centre page at `path`, or null when `path` is not one. */
export function helpPage(path: string): ReactNode | null {
  const match = helpAddress.exec(path);
  const language = match?.[1];
  if (language !== 'es' && language !== 'en') return null;
  const slug = match?.[2];
  return slug === undefined ? (
    <HelpIndexPage key={language} language={language} />
  ) : (
    <HelpArticlePage key={`${language}/${slug}`} language={language} slug={slug} />
  );
}
