/**
 * What every report document needs beside its model (whose it is, when it is issued, in which
 * zone its instants are read: names and zones belong to the caller, not to the models), and the
 * small block builders every layout shares.
 */
import type { LocalDate } from '../../domain/time/index.js';
import { type Block, type Cell, cell, type Fact } from '../document.js';
import { dateText } from '../format.js';
import type { Translator as T } from '../words.js';

/** Which archived issue a document is: its version and, for a re-issue, the version it replaces. */
export interface IssueEdition {
  readonly version: number;
  readonly replaces: { readonly version: number; readonly issuedOn: LocalDate } | null;
}

/** The caller's part of a report's heading. */
export interface ReportHeading {
  readonly contractName: string;
  readonly clientName: string;
  readonly issuedOn: LocalDate;
  /** IANA zone of the contract's calendar, for instants (tickets opened, responded). */
  readonly timeZone: string;
  /** Set when the document is an archived issue (a report computed on request has none). */
  readonly edition?: IssueEdition | undefined;
}

/** The heading's facts every report shows: the day it was issued and, when archived, its edition. */
export function issueFacts(t: T, heading: ReportHeading): Fact[] {
  const issued: Fact = { label: t('reports.issuedOn'), value: cell.date(heading.issuedOn) };
  const edition = heading.edition;
  if (edition === undefined) return [issued];
  const text =
    edition.replaces === null
      ? t('reports.edition.first', { version: edition.version })
      : t('reports.edition.reissue', {
          version: edition.version,
          replaced: edition.replaces.version,
          date: dateText(edition.replaces.issuedOn, t.locale),
        });
  return [issued, { label: t('reports.edition'), value: cell.text(text), strong: true }];
}

/** A table from its headers and rows, with what to say when it has no rows. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  empty: string,
): Block {
  return { kind: 'table', columns: headers.map((header) => ({ header })), rows, empty };
}

/** A note in italics. */
export function note(text: string): Block {
  return { kind: 'text', text, tone: 'note' };
}
