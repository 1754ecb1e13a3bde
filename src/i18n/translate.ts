/**
 * Translating a message: the catalogs by locale, `translate` with `{name}` interpolation, plurals
 * chosen by `Intl.PluralRules`, Accept-Language negotiation and the words for every error code.
 */
import type { Catalog, MessageKey, ParamArgs } from './catalog.js';
import { isApiErrorCode } from './codes.js';
import { en } from './en/index.js';
import { es } from './es/index.js';

/** The languages Pacta speaks; the first is the default (most users speak Spanish). */
export const locales = ['es', 'en'] as const;

/** One of {@link locales}. */
export type Locale = (typeof locales)[number];

/** The language used when nothing says otherwise. */
export const defaultLocale: Locale = 'es';

/** Every catalog by locale. */
export const catalogs: Readonly<Record<Locale, Catalog>> = { es, en };

/** Whether a string (from storage, a header or a user record) is a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Replaces each `{name}` with its parameter; unknown placeholders stay visible so they get noticed. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>>) {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The message `key` in `locale`, with its placeholders filled from `params`. */
export function translate<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...params: ParamArgs<K>
): string {
  const [values] = params;
  const text = catalogs[locale][key];
  return values === undefined ? text : interpolate(text, values);
}

/** The message keys that come in plural forms: `key.one` and `key.other` both exist. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other`
    ? `${Base}.one` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A message whose wording depends on a count (`key.one`, `key.other`, …), the form chosen by the
 * language's own plural rules (`Intl.PluralRules`); `{count}` is filled in with the count. A
 * category a catalog does not spell out (Spanish "many") uses its `other` form.
 */
export function translatePlural(
  locale: Locale,
  key: PluralKey,
  count: number,
  params: Readonly<Record<string, string | number>> = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const forms = catalogs[locale] as Readonly<Record<string, string>>;
  const text = forms[`${key}.${rules.select(count)}`] ?? forms[`${key}.other`] ?? key;
  return interpolate(text, { ...params, count });
}

/**
 * The language an Accept-Language header (or a comma-joined `navigator.languages`) asks for:
 * highest quality first, earlier entries first on ties, `q=0` refused; null when it names
 * neither es nor en.
 */
export function requestedLocale(acceptLanguage: string | null | undefined): Locale | null {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...options] = part.trim().split(';');
      const q = options.map((o) => /^\s*q=([\d.]+)\s*$/i.exec(o)?.[1]).find(Boolean);
      const quality = q === undefined ? 1 : Number(q);
      return { primary: tag.trim().toLowerCase().split('-')[0], quality, index };
    })
    .filter((entry) => entry.quality > 0 && !Number.isNaN(entry.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.primary).find(isLocale) ?? null;
}

/** Picks es or en from an Accept-Language header as {@link requestedLocale} does, Spanish by default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  return requestedLocale(acceptLanguage) ?? defaultLocale;
}

/** A sentence explaining an error code in `locale` (unknown codes get a generic sentence). */
export function errorText(locale: Locale, code: string): string {
  return isApiErrorCode(code)
    ? catalogs[locale][`error.${code}`]
    : catalogs[locale]['error.unknown'];
}

/** A broken rule's sentence in `locale` from its message key and parameters; null for a key no catalog has. */
export function ruleText(
  locale: Locale,
  rule: string,
  params: Readonly<Record<string, string | number>>,
): string | null {
  const catalog: Readonly<Record<string, string>> = catalogs[locale];
  const text = catalog[rule];
  return text === undefined ? null : interpolate(text, params);
}

/** One field's validation issue as the API sends it: a code and its plain limits. */
export interface FieldIssueCode {
  readonly issue?: string | undefined;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

/** What is wrong with one field, in words, from its issue code; null when the API sent none. */
export function issueText(locale: Locale, field: FieldIssueCode): string | null {
  const { issue, params = {} } = field;
  if (issue === undefined) return null;
  const catalog: Readonly<Record<string, string>> = catalogs[locale];
  const variant = issue === 'invalid_format' ? params.format : params.origin;
  const empty = issue === 'too_small' && variant === 'string' && params.minimum === 1;
  const key = empty
    ? 'issue.empty'
    : ([`issue.${issue}.${String(variant)}`, `issue.${issue}`].find((k) => k in catalog) ??
      'issue.invalid');
  const text = catalog[key] ?? catalog['issue.invalid'] ?? issue;
  return interpolate(text, params);
}

/** A short phrase for an error shown next to a form field. */
export function fieldErrorText(locale: Locale, code: string): string {
  return isApiErrorCode(code)
    ? catalogs[locale][`fieldError.${code}`]
    : catalogs[locale]['fieldError.invalid_input'];
}
