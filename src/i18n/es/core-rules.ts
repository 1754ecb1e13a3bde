/** Spanish sentences of the core modules' broken rules: tickets, contracts and business calendars. */
import type { Translation } from '../catalog.js';
import type { enCoreRules } from '../en/core-rules.js';

/** Spanish core rule messages: exactly the English keys. */
export const esCoreRules: Translation<typeof enCoreRules> = {
  'tickets.rule.closed_is_final':
    'Un ticket cerrado es definitivo y no cambia de estado; abra un ticket nuevo para el seguimiento.',
  'tickets.rule.transition_not_allowed':
    'Este cambio de estado no está permitido desde el estado actual del ticket.',
  'tickets.rule.closed_accepts_no_replies':
    'Un ticket cerrado no admite respuestas; abra un ticket nuevo para el seguimiento.',
  'tickets.rule.vendor_wait_needs_l3':
    'Solo un ticket escalado al fabricante (nivel L3) puede esperar al fabricante; este es {level}.',
  'tickets.rule.already_escalated': 'El ticket ya está escalado al proveedor.',
  'tickets.rule.not_escalatable': 'Un ticket resuelto o cerrado no se escala; reábralo primero.',
  'tickets.rule.only_resolved_reopens': 'Solo se puede reabrir un ticket resuelto.',
  'tickets.rule.contract_not_in_force':
    'El contrato no está vigente hoy (del {start} al {end}); no se pueden abrir tickets en él.',
  'contracts.rule.plan_calendar_undefined':
    'El calendario «{calendar}» del plan no está definido: agréguelo en Calendarios.',
  'contracts.rule.contract_ended':
    'El contrato terminó el {end}; no se puede registrar trabajo posterior.',
  'calendars.rule.outside_supported_years':
    'El resultado queda fuera de los años admitidos {from}–{to}.',
  'calendars.rule.never_open':
    'El calendario nunca está abierto, así que no se puede calcular ningún plazo con él.',
  'calendars.rule.no_open_time_after':
    'El calendario no tiene horario de atención en los {years} años posteriores a {at}.',
  'calendars.rule.no_open_time_before':
    'El calendario no tiene horario de atención en los {years} años anteriores a {at}.',
};
