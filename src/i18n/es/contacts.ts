/**
 * Mensajes en español de contactos y privacidad: errores de reglas, acciones de la traza y
 * motivos de la retención.
 */
import type { Translation } from '../catalog.js';
import type { enContacts } from '../en/contacts.js';

/** Mensajes en español de contactos. */
export const esContacts: Translation<typeof enContacts> = {
  'contacts.rule.contact_anonymised':
    'Este contacto fue anonimizado; sus datos ya no pueden cambiar.',
  'contacts.rule.company_cannot_sign_in': 'Solo una persona puede iniciar sesión, no una empresa.',
  'contacts.rule.user_of_other_organisation':
    'El usuario pertenece a otra organización que el contacto.',
  'contacts.rule.already_signs_in': 'Este contacto ya inicia sesión como otro usuario.',
  'contacts.rule.registry_conflict':
    'Error en el registro de datos personales de {table}: {problem}.',
  'contacts.rule.log_out_of_sequence':
    'El registro de anonimizaciones está incompleto: la línea {line} debería ser la número {expected}, no la {found}.',
  'contacts.rule.log_disagrees':
    'El archivo del registro de anonimizaciones y la base de datos no coinciden en el número {sequence} (contacto {fileContact} en el archivo, {databaseContact} en la base de datos): apunte PACTA_ANONYMISATION_LOG al registro de esta instalación.',
  'contacts.rule.legal_hold':
    'Este contacto está bajo una retención legal («{reason}») y no se puede anonimizar hasta que un administrador la levante.',
  'contacts.rule.hold_lifted': 'Esta retención legal ya se levantó.',

  'contacts.anonymised': 'Contacto anonimizado {pseudonym}',
  'contacts.redacted': 'Eliminado al anonimizar el contacto',
  'contacts.trace.created': 'Creado',
  'contacts.trace.viewed': 'Consultado',
  'contacts.trace.exported': 'Datos exportados',
  'contacts.trace.rectified': 'Corregido: {field}',
  'contacts.trace.anonymised': 'Anonimizado',
  'contacts.trace.consent_granted': 'Consentimiento otorgado',
  'contacts.trace.consent_withdrawn': 'Consentimiento retirado',
  'contacts.trace.user_linked': 'Vinculado a un usuario que inicia sesión',
  'contacts.retention.open_tickets': 'Tiene tickets sin cerrar',
  'contacts.retention.no_tickets': 'No tiene tickets',
  'contacts.retention.signs_in': 'Aún inicia sesión',
  'contacts.retention.legal_hold': 'Conservado por una retención legal',
  'contacts.retention.not_due': 'Vence el {date}',
};
