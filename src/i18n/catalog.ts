/**
 * The types that tie the catalogs together: English defines the keys and, through its literal
 * strings, the `{placeholders}` each message takes; every other language is a {@link Catalog}.
 */
import type { en } from './en/index.js';

/** Every message key of the app. */
export type MessageKey = keyof typeof en;

/** A complete translation: exactly the English keys, each with a string. */
export type Catalog = { readonly [K in MessageKey]: string };

/** A translation of one module's English messages: exactly their keys, each with a string. */
export type Translation<English> = { readonly [K in keyof English]: string };

/** The `{name}` placeholders of a message text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters message `K` needs (read from its English text). */
export type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;

/** The arguments after the key: none for a message without placeholders, else its parameters. */
export type ParamArgs<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [params: ParamsOf<K>];
