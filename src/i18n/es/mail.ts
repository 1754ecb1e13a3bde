/** Spanish messages of mail: what Pacta writes to people, and the mail screens of the web app. */
import type { Translation } from '../catalog.js';
import type { mail as english } from '../en/mail.js';

/** Spanish mail messages: exactly the English keys. */
export const mail: Translation<typeof english> = {
  'mail.ack.subject': 'Recibimos su solicitud: {subject}',
  'mail.ack.greeting': 'Hola {name}:',
  'mail.ack.body':
    'Hemos recibido su solicitud y abierto el ticket #{number}. Le responderemos dentro de los plazos de su acuerdo de servicio.',
  'mail.ack.replyHint': 'Para añadir algo, responda a este mensaje sin cambiar el asunto.',
  'mail.reply.subject': 'Re: {subject}',
  'mail.reply.signed': '— {author}',
  'mail.status.subject': 'Ticket #{number}: {status}',
  'mail.status.body': 'Su ticket #{number} ({subject}) ahora está: {status}.',
  'mail.footer': 'Mensaje enviado por la mesa de soporte. Ticket #{number}.',

  'mail.received.title': 'Correo recibido',
  'mail.received.intro':
    'Cada mensaje recibido, guardado tal como llegó, con su destino. Los mensajes en cuarentena le esperan: libérelos a un ticket de un contrato o descártelos.',
  'mail.received.empty': 'Ningún mensaje coincide con estos filtros.',
  'mail.col.received': 'Recibido',
  'mail.col.from': 'De',
  'mail.col.subject': 'Asunto',
  'mail.col.fate': 'Destino',
  'mail.col.reason': 'Motivo',
  'mail.col.attachments': 'Archivos',
  'mail.filter.fate': 'Destino',
  'mail.filter.any': 'Cualquiera',
  'mail.fate.ticket': 'Ticket nuevo',
  'mail.fate.reply': 'Respuesta',
  'mail.fate.quarantined': 'En cuarentena',
  'mail.fate.ignored': 'Ignorado',
  'mail.fate.pending': 'Aún sin procesar',
  'mail.release': 'Liberar a un ticket',
  'mail.release.contract': 'Contrato',
  'mail.release.requester': 'Solicitante',
  'mail.discard': 'Descartar',
  'mail.raw': 'Descargar .eml',
  'mail.outgoing.title': 'Visor de correo',
  'mail.outgoing.intro':
    'Correo que Pacta envió o retiene. Sin servidor SMTP (PACTA_SMTP_URL) el correo se guarda aquí en lugar de enviarse.',
  'mail.outgoing.empty': 'Aún no hay correo.',
  'mail.col.to': 'Para',
  'mail.col.status': 'Estado',
  'mail.col.created': 'Creado',
  'mail.outgoing.status.queued': 'En cola',
  'mail.outgoing.status.sending': 'Enviando',
  'mail.outgoing.status.sent': 'Enviado',
  'mail.outgoing.status.held': 'Retenido (sin servidor SMTP)',
  'mail.outgoing.status.failed': 'Fallido',
  'mail.attachments': 'Adjuntos',
  'mail.col.actions': 'Acciones',
  'mail.released': 'El mensaje se liberó: abrió un ticket en el contrato.',
  'mail.discarded': 'El mensaje se descartó; queda registrado como ignorado.',
  'mail.release.requesterHint':
    'Un solicitante autorizado del contrato: el ticket se abre en su nombre.',
  'mail.nav.received': 'Correo',
};
