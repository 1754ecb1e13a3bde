/**
 * Mensajes en español de Customer Success: errores de reglas, reuniones y sus agendas, y
 * solicitudes sobre la cuenta con su resultado.
 */
import type { Translation } from '../catalog.js';
import type { enCustomerSuccess } from '../en/customer-success.js';

/** Mensajes en español de Customer Success. */
export const esCustomerSuccess: Translation<typeof enCustomerSuccess> = {
  'customerSuccess.rule.indirect_client_managed_by_partner':
    'Este cliente lo gestiona su partner, que es su primera línea; asigne un CSM al partner.',
  'customerSuccess.rule.not_an_account_manager': 'Un CSM debe ser un gestor de cuentas.',
  'customerSuccess.rule.assignment_in_the_past':
    'Un nuevo CSM no puede empezar antes del {currentFrom}, cuando empezó el actual.',
  'customerSuccess.rule.meeting_too_long': 'Esta reunión dura como máximo {max} minutos.',
  'customerSuccess.rule.outside_service_hours':
    'Una reunión debe quedar dentro del horario de servicio.',
  'customerSuccess.rule.no_service_time':
    'No hay un tramo libre de {minutes} minutos en el horario de servicio para esta reunión.',
  'customerSuccess.rule.meeting_not_started':
    'El acta se puede registrar cuando la reunión haya empezado.',
  'customerSuccess.rule.meeting_cancelled': 'La reunión fue cancelada.',
  'customerSuccess.rule.meeting_held': 'La reunión ya se celebró.',
  'customerSuccess.rule.ask_your_partner':
    'Su cuenta la gestiona su partner: envíe esta solicitud a través de él.',
  'customerSuccess.rule.not_allowed_to_request':
    'Solo el decisor de su organización puede hacer solicitudes sobre la cuenta.',
  'customerSuccess.rule.outcome_does_not_fit':
    'Una solicitud en estado {status} no puede pasar a {to}: abierta → aceptada o rechazada, aceptada → hecha o rechazada.',
  'customerSuccess.rule.request_closed': 'Esta solicitud ya está cerrada.',

  'customerSuccess.meeting.quarterly_review': 'Reunión trimestral de seguimiento',
  'customerSuccess.meeting.monthly_planning': 'Planificación mensual del servicio',
  'customerSuccess.invitation.new.subject': 'Invitación: {ceremony} · {contract}',
  'customerSuccess.invitation.new.body':
    'Te invitamos a la reunión «{ceremony}» de {contract}: {when} a {until} ({zone}).',
  'customerSuccess.invitation.moved.subject': 'Cambio de fecha: {ceremony} · {contract}',
  'customerSuccess.invitation.moved.body':
    'La reunión «{ceremony}» de {contract} cambió de fecha. Ahora es {when} a {until} ({zone}).',
  'customerSuccess.invitation.cancelled.subject': 'Cancelada: {ceremony} · {contract}',
  'customerSuccess.invitation.cancelled.body':
    'La reunión «{ceremony}» de {contract} del {when} ({zone}) queda cancelada.',
  'customerSuccess.agenda.project_progress': 'Cómo avanza el proyecto',
  'customerSuccess.agenda.plan_usage': 'Uso del plan y de sus horas de soporte',
  'customerSuccess.agenda.next_quarter': 'Objetivos del próximo trimestre',
  'customerSuccess.agenda.state_of_service':
    'Estado del arte del servicio: tickets abiertos y cerrados, observaciones y recomendaciones',
  'customerSuccess.agenda.features_to_implement': 'Características que podrían implementarse',
  'customerSuccess.agenda.implementation_tickets':
    'Actividades de implementación planificadas como tickets o grupos de tickets',

  'customerSuccess.request.parameter_change': 'Cambio de parámetros de la cuenta',
  'customerSuccess.request.additional_services': 'Servicios adicionales',
  'customerSuccess.request.renewal': 'Renovación del contrato',
};
