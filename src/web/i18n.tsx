/**
 * The language of the web app: the browser's language at first, the signed-in user's locale
 * once known, and the user's own choice above both (remembered in localStorage).
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import {
  isLocale,
  type Locale,
  type MessageKey,
  negotiateLocale,
  type ParamArgs,
  type PluralKey,
  translate,
  translatePlural,
} from '../i18n/index.js';

const storageKey = 'pacta.locale';

/** What screens get from {@link useI18n}. */
export interface I18n {
  locale: Locale;
  /** The message `key` in the current language. */
  t<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string;
  /** The message `key` in the form the language uses for `count` (`{count}` filled in). */
  plural(key: PluralKey, count: number, params?: Readonly<Record<string, string | number>>): string;
  /** The user picked a language: use it and remember it on this browser. */
  choose(locale: Locale): void;
  /** The signed-in user's locale, used unless the user picked one on this browser. */
  adoptUserLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);

function storedChoice(): Locale | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Provides the current language to the whole app and keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(
    () => storedChoice() ?? negotiateLocale(navigator.languages.join(',') || navigator.language),
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const choose = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // storage may be disabled; the choice then lasts for this page only
    }
    setLocale(next);
  }, []);
  const adoptUserLocale = useCallback((next: Locale) => {
    if (storedChoice() === null) setLocale(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key, ...params) => translate(locale, key, ...params),
      plural: (key, count, params) => translatePlural(locale, key, count, params),
      choose,
      adoptUserLocale,
    }),
    [locale, choose, adoptUserLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its messages. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
