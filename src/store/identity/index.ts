import type { Clock, IdentityPorts } from '../../app/ports.js';
import type { Db } from '../database.js';
import { auditRepository } from './audit.js';
import { organisationRepository } from './organisations.js';
import { sessionRepository } from './sessions.js';
import { apiTokenRepository } from './tokens.js';
import { userRepository } from './users.js';

/** Every identity repository over one database. */
export function identityPorts(db: Db, clock: Clock): IdentityPorts {
  return {
    clock,
    organisations: organisationRepository(db),
    users: userRepository(db),
    sessions: sessionRepository(db),
    tokens: apiTokenRepository(db),
    audit: auditRepository(db),
  };
}
