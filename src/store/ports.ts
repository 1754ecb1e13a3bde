import type { AppPorts, Clock } from '../app/ports.js';
import { calendarRepository } from './calendars.js';
import type { Db } from './database.js';
import { ticketRepository } from './desk/tickets.js';
import { contractRepository } from './hour-bank/contracts.js';
import { planRepository } from './hour-bank/plans.js';
import { identityPorts } from './identity/index.js';

/** Every repository over one database. */
export function storePorts(db: Db, clock: Clock): AppPorts {
  return {
    ...identityPorts(db, clock),
    calendars: calendarRepository(db),
    plans: planRepository(db),
    contracts: contractRepository(db),
    tickets: ticketRepository(db),
  };
}
