/** What the calendars module needs: the named, stored business calendars. */
import type { CalendarSpec } from '../../domain/calendar/spec.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** A named, stored business calendar. */
export interface StoredCalendar {
  id: string;
  name: string;
  spec: CalendarSpec;
  createdAt: Date;
  updatedAt: Date;
}

/** Named calendars; specs are validated before they reach the repository. */
export interface CalendarRepository {
  create(input: {
    id: string;
    name: string;
    spec: CalendarSpec;
    at: Date;
  }): Promise<StoredCalendar>;
  update(
    id: string,
    input: { name: string; spec: CalendarSpec; at: Date },
  ): Promise<StoredCalendar | undefined>;
  findById(id: string): Promise<StoredCalendar | undefined>;
  findByName(name: string): Promise<StoredCalendar | undefined>;
  list(): Promise<StoredCalendar[]>;
}

/** Calendars, read outside a transaction (other modules resolve a plan's calendar with it). */
export type CalendarReader = Pick<CalendarRepository, 'findById' | 'findByName' | 'list'>;

/** What calendar use-cases write in one transaction. */
export interface CalendarsTx extends ChangeTx {
  calendars: CalendarRepository;
}

/** Everything the calendar use-cases need. */
export interface CalendarsDeps {
  clock: Clock;
  ids: Ids;
  calendars: CalendarReader;
  transact: Transact<CalendarsTx>;
}
