/** Spanish words for why a received message was quarantined or ignored. */
import type { Translation } from '../catalog.js';
import type { mailReasons as english } from '../en/mail-reasons.js';

/** Spanish fate reasons: exactly the English keys. */
export const mailReasons: Translation<typeof english> = {
  'mail.reason.no_sender': 'El mensaje no tiene dirección de remitente.',
  'mail.reason.claims_own_address':
    'El mensaje dice venir de una de nuestras propias direcciones: puede estar falsificado.',
  'mail.reason.dmarc_reject':
    'El mensaje no supera DMARC y el dominio del remitente pide rechazar ese correo.',
  'mail.reason.unknown_sender': 'No se conoce a nadie con esta dirección.',
  'mail.reason.not_authorised':
    'El remitente es un contacto conocido, pero no es solicitante autorizado de ningún contrato.',
  'mail.reason.several_contracts':
    'El remitente puede reportar en varios contratos: elija el contrato al que pertenece este mensaje.',
  'mail.reason.ticket_out_of_reach':
    'El remitente no puede actuar sobre el ticket al que responde este mensaje.',
  'mail.reason.approval_closed':
    'La aprobación a la que responde ya estaba decidida o fue retirada.',
  'mail.reason.approval_wrong_person':
    'La respuesta de aprobación viene de alguien distinto de la persona a quien se pidió decidir.',
  'mail.reason.approval_not_authenticated':
    'La respuesta de aprobación no supera DKIM ni SPF para el dominio del remitente y no llegó por un relay de confianza.',
  'mail.reason.approval_no_decision':
    'La respuesta de aprobación no empieza por APROBADO o RECHAZADO.',
  'mail.reason.approval_reason_required':
    'La respuesta rechaza un entregable sin decir qué cambios se solicitan.',
  'mail.reason.too_large': 'El mensaje supera el tamaño que acepta la mesa de soporte.',
  'mail.reason.unreadable': 'No se pudo leer el mensaje (MIME mal formado).',
  'mail.reason.auto_submitted': 'Un mensaje automático (cabecera Auto-Submitted).',
  'mail.reason.x_autoreply': 'Una respuesta automática (cabecera X-Autoreply).',
  'mail.reason.x_autorespond': 'Una respuesta automática (cabecera X-Autorespond).',
  'mail.reason.precedence_bulk': 'Correo masivo (Precedence: bulk).',
  'mail.reason.precedence_junk': 'Correo basura (Precedence: junk).',
  'mail.reason.precedence_list': 'Correo de una lista de distribución (Precedence: list).',
  'mail.reason.null_return_path': 'Sin dirección de retorno: no se puede responder a nadie.',
  'mail.reason.disposition_notification': 'Un acuse de lectura.',
  'mail.reason.delivery_status_report': 'Un informe de estado de entrega (rebote).',
  'mail.reason.mailer_daemon': 'Un rebote de un servidor de correo.',
  'mail.reason.failed_recipients': 'Un rebote que nombra destinatarios fallidos.',
  'mail.reason.own_notification': 'Uno de nuestros propios avisos volvió.',
  'mail.reason.x_loop': 'El mensaje ya pasó por esta mesa de soporte (bucle de correo).',
  'mail.reason.duplicate': 'Una copia de un mensaje ya tratado (mismo Message-ID).',
  'mail.reason.discarded': 'Un administrador lo descartó.',
};
