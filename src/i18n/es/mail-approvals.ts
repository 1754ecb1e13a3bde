/** Spanish words of approvals by mail. */
import type { Translation } from '../catalog.js';
import type { mailApprovals as english } from '../en/mail-approvals.js';

/** Spanish approval-by-mail messages: exactly the English keys. */
export const mailApprovals: Translation<typeof english> = {
  'mail.approval.duration': '{hours} h {minutes} min',
  'mail.approval.consumption':
    '{duration} de trabajo en el ticket {ticket} ({date}), contrato {contract}, esperan su aprobación antes de descontarse de la bolsa de horas.',
  'mail.approval.quote':
    'Cotización "{title}", versión {version}, contrato {contract}: {total}, válida hasta el {validUntil}, espera su aprobación.',
  'mail.approval.deliverable':
    'Entregable "{title}" (entrega {delivery}), contrato {contract}, espera su aprobación. Responder RECHAZADO solicita cambios: escríbalos después de la palabra.',
  'mail.approval.request.subject': 'Aprobación solicitada: {duration} en el ticket {ticket}',
  'mail.approval.request.subject.quote':
    'Aprobación solicitada: cotización "{title}" (versión {version})',
  'mail.approval.request.subject.deliverable': 'Aprobación solicitada: entregable "{title}"',
  'mail.approval.request.greeting': 'Hola {name}:',
  'mail.approval.request.howToReply':
    'Para decidir, responda a este mensaje con APROBADO o RECHAZADO como primera palabra (puede seguir un motivo), o use una vez uno de estos enlaces:',
  'mail.approval.request.approveLink': 'Aprobar: {link}',
  'mail.approval.request.rejectLink': 'Rechazar: {link}',
  'mail.approval.request.rejectLink.deliverable': 'Solicitar cambios: {link}',
  'mail.approval.request.expiry':
    'La respuesta y los enlaces valen por 14 días, y solo para usted: no se acepta una respuesta desde otra dirección.',
  'mail.approval.refused.subject': 'Su respuesta de aprobación no fue aceptada',
  'mail.approval.refused.nothingChanged': 'No se decidió nada.',
  'mail.approval.refused.approval_closed':
    'Esta aprobación ya estaba decidida, fue retirada o venció.',
  'mail.approval.refused.approval_wrong_person':
    'La respuesta viene de una dirección distinta de la persona a quien se pidió decidir, o esa persona ya no puede decidir.',
  'mail.approval.refused.approval_not_authenticated':
    'No se pudo verificar que su correo venga de su dominio (no pasó DKIM ni SPF). Responda de nuevo desde su cuenta de correo habitual.',
  'mail.approval.refused.approval_no_decision':
    'La respuesta no comienza con APROBADO o RECHAZADO. Responda de nuevo con una de ellas como primera palabra.',
  'mail.approval.refused.approval_reason_required':
    'Para solicitar cambios a un entregable, escríbalos después de RECHAZADO, en la misma respuesta.',
  'mail.approval.page.title': 'Aprobación por enlace',
  'mail.approval.page.confirm.consumption.approved': '¿Aprobar este trabajo?',
  'mail.approval.page.confirm.consumption.rejected': '¿Rechazar este trabajo?',
  'mail.approval.page.confirm.quote.approved': '¿Aprobar esta cotización?',
  'mail.approval.page.confirm.quote.rejected': '¿Rechazar esta cotización?',
  'mail.approval.page.confirm.deliverable.approved': '¿Aprobar este entregable?',
  'mail.approval.page.confirm.deliverable.rejected': '¿Solicitar cambios a este entregable?',
  'mail.approval.page.button.consumption.approved': 'Aprobar el trabajo',
  'mail.approval.page.button.consumption.rejected': 'Rechazar el trabajo',
  'mail.approval.page.button.quote.approved': 'Aprobar la cotización',
  'mail.approval.page.button.quote.rejected': 'Rechazar la cotización',
  'mail.approval.page.button.deliverable.approved': 'Aprobar el entregable',
  'mail.approval.page.button.deliverable.rejected': 'Solicitar cambios',
  'mail.approval.page.reason.consumption': '¿Por qué lo rechaza? (opcional)',
  'mail.approval.page.reason.quote': '¿Por qué la rechaza? (opcional)',
  'mail.approval.page.reason.deliverable': '¿Qué debe cambiar? (obligatorio)',
  'mail.approval.page.state.consumption.approved': 'El trabajo quedó aprobado.',
  'mail.approval.page.state.consumption.rejected': 'El trabajo quedó rechazado.',
  'mail.approval.page.state.quote.approved': 'La cotización quedó aprobada.',
  'mail.approval.page.state.quote.rejected': 'La cotización quedó rechazada.',
  'mail.approval.page.state.deliverable.approved': 'El entregable quedó aprobado.',
  'mail.approval.page.state.deliverable.rejected':
    'Se solicitaron cambios al entregable; la agencia fue avisada.',
  'mail.approval.page.state.closed': 'Esta aprobación fue retirada o se decidió de otra forma.',
  'mail.approval.page.state.expired': 'Este enlace venció.',
  'mail.approval.page.notFound': 'Este enlace de aprobación no es válido.',
};
