/**
 * The Spanish catalog, in neutral business Spanish for Spain and Latin America (usted, "Iniciar
 * sesión", "Bolsa de horas", "Acuerdo de nivel de servicio (ANS)"), one file per module. Each
 * module file has exactly the English keys, so the compiler rejects a missing or an unknown key.
 */
import type { Catalog } from '../catalog.js';
import { calendars } from './calendars.js';
import { contracts } from './contracts.js';
import { desk } from './desk.js';
import { errors } from './errors.js';
import { hourBank } from './hour-bank.js';
import { identity } from './identity.js';
import { mail } from './mail.js';
import { plans } from './plans.js';
import { esReports } from './reports.js';
import { shell } from './shell.js';

/** Spanish messages, the default language of Pacta. */
export const es: Catalog = {
  ...shell,
  ...errors,
  ...identity,
  ...calendars,
  ...plans,
  ...contracts,
  ...hourBank,
  ...desk,
  ...mail,
  ...esReports,
};
