/**
 * Mensajes en español de las comunicaciones con clientes: errores de reglas, saludos de la
 * personalización, consentimientos, campañas y la página de baja.
 */
import type { Translation } from '../catalog.js';
import type { enCommunications } from '../en/communications.js';

/** Mensajes en español de las comunicaciones. */
export const esCommunications: Translation<typeof enCommunications> = {
  'communications.rule.contact_anonymised':
    'Este contacto fue anonimizado y no se le puede contactar.',
  'communications.rule.source_cannot_grant': 'No se puede dar el consentimiento mediante {source}.',
  'communications.rule.no_versions':
    'La campaña necesita una versión para cada segmento en su idioma predeterminado.',
  'communications.rule.duplicate_version': 'Hay dos versiones para un mismo segmento e idioma.',
  'communications.rule.unknown_segment': 'El segmento de una versión no existe.',
  'communications.rule.unsubscribe_link_missing':
    'Cada versión, en HTML y en texto, debe incluir el campo del enlace de baja, unsubscribeUrl.',
  'communications.rule.template_syntax':
    'Llaves sin cerrar en la línea {line}, columna {column} de la plantilla.',
  'communications.rule.unknown_field':
    'Campo desconocido «{field}» en la línea {line}, columna {column}.',
  'communications.rule.missing_field': 'Un destinatario no tiene valor para {field}.',
  'communications.rule.campaign_not_editable': 'La campaña ya no se puede modificar.',
  'communications.rule.no_recipients': 'Nadie de la audiencia de la campaña recibe esta versión.',
  'communications.rule.unsubscribe_unavailable':
    'Los enlaces de baja no están disponibles: esta instalación no tiene clave secreta (PACTA_SECRET_KEY) con la que firmarlos.',

  'communications.rule.no_email_address':
    'No hay una dirección de correo a la que enviar las novedades: pide al equipo de soporte que añada la tuya.',

  'communications.salutation.mr': 'Estimado Sr. {name}:',
  'communications.salutation.ms': 'Estimada Sra. {name}:',
  'communications.salutation.plain': 'Hola, {name}:',

  'communications.channel.email': 'Correo electrónico',
  'communications.channel.sms': 'SMS por móvil',
  'communications.channel.phone': 'Teléfono',
  'communications.channel.whatsapp': 'WhatsApp (mensajería)',
  'communications.purpose.marketing': 'Campañas',
  'communications.purpose.product_updates': 'Novedades de la plataforma',
  'communications.counter.sent': 'Enviados',
  'communications.counter.delivered': 'Entregados',
  'communications.counter.bounced': 'Rebotados',
  'communications.counter.opened': 'Abiertos',
  'communications.counter.clicked': 'Con clic',
  'communications.counter.unsubscribed': 'Bajas',
  'communications.unsubscribe.done': 'Ya no recibirá {purpose} por correo electrónico.',
  'communications.unsubscribe.invalid': 'Este enlace de baja no es válido.',
};
