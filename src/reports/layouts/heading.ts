/**
 * What every report document needs beside its model (whose it is, when it is issued, in which
 * zone its instants are read: names and zones belong to the caller, not to the models), and the
 * small block builders every layout shares.
 */
import type { LocalDate } from '../../domain/time/index.js';
import type { Block, Cell } from '../document.js';

/** The caller's part of a report's heading. */
export interface ReportHeading {
  readonly contractName: string;
  readonly clientName: string;
  readonly issuedOn: LocalDate;
  /** IANA zone of the contract's calendar, for instants (tickets opened, responded). */
  readonly timeZone: string;
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
