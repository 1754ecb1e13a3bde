/** Spanish messages of the hour bank: balances, statements, the ledger, approvals, charge rules and charge reasons. */
import type { Translation } from '../catalog.js';
import type { hourBank as english } from '../en/hour-bank.js';

/** Spanish hour-bank messages: exactly the English keys. */
export const hourBank: Translation<typeof english> = {
  'charge.rule.minTicket': 'Cobro mínimo por ticket: {hours}.',
  'charge.rule.minConversation': 'Mínimo por conversación abierta: {minutes} min.',
  'charge.rule.rounding': 'Se redondea hacia arriba en pasos de {step} min.',
  'charge.rule.cap': 'Máximo por ticket: {hours}; por encima se requiere cotización.',
  'charge.rule.noCap': 'Sin máximo por ticket.',
  'charge.rule.free': 'Nunca se descuenta: {kinds}.',
  'charge.rule.approval':
    'El trabajo posterior al primer contacto requiere aprobación del cliente.',
  'charge.reason.free_kind': 'Este tipo de solicitud nunca se descuenta.',
  'charge.reason.out_of_scope': 'Fuera de alcance: requiere cotización, no se descuenta.',
  'charge.reason.rounded': 'Redondeado a {to} min (pasos de {step} min, {from} min trabajados).',
  'charge.reason.minimum_per_conversation': 'Mínimo por conversación abierta: {minutes} min.',
  'charge.reason.minimum_per_ticket': 'Mínimo por ticket: {minutes} min.',
  'charge.reason.covered_by_minimum': 'Cubierto por el mínimo de {minutes} min ya cobrado.',
  'charge.reason.maximum_per_ticket': 'Limitado a {minutes} min: se requiere cotización.',
  'charge.reason.approval_required': 'Pendiente de aprobación del cliente antes de descontar.',
  'charge.reason.first_contact_charge':
    'Resuelto en la misma comunicación: se descuenta el mínimo por ticket de {minutes} min.',
  'charge.reason.billable_diagnosis':
    'Limitación de la plataforma: solo el diagnóstico es facturable, hasta el mínimo por ticket de {minutes} min.',
  'charge.reason.overage_rate':
    'Horas agotadas: lo que la bolsa no cubre se factura al valor hora adicional.',
  'charge.reason.not_covered':
    'No cubierto por el servicio: no se descuenta nada; se puede ofrecer una cotización.',
  'charge.reason.answer_changed': 'Ticket respondido ({outcome}): su cargo se ajustó de nuevo.',
  'charge.reason.reclassified': 'Ticket reclasificado como {kind}: su cargo se ajustó de nuevo.',

  'charge.phrase.free_kind': '{kind}: nunca se descuenta',
  'charge.phrase.out_of_scope': 'fuera de alcance: requiere cotización, no se descuenta',
  'charge.phrase.rounded.up':
    'redondeado hacia arriba a {to} min (pasos de {step} min, {from} min trabajados)',
  'charge.phrase.rounded.down':
    'redondeado hacia abajo a {to} min (pasos de {step} min, {from} min trabajados)',
  'charge.phrase.rounded.nearest':
    'redondeado a {to} min, el paso de {step} min más cercano ({from} min trabajados)',
  'charge.phrase.minimum_per_conversation': 'mínimo por conversación abierta: {minutes} min',
  'charge.phrase.minimum_per_ticket': 'mínimo por ticket: {minutes} min',
  'charge.phrase.covered_by_minimum.ticket': 'cubierto por el mínimo de {minutes} min por ticket',
  'charge.phrase.covered_by_minimum.conversation':
    'cubierto por el mínimo de {minutes} min por conversación',
  'charge.phrase.maximum_per_ticket': 'limitado a {minutes} min: se requiere cotización',
  'charge.phrase.approval_required': 'pendiente de aprobación del cliente antes de descontar',
  'charge.phrase.first_contact_charge':
    'resuelto en la misma comunicación: se descuenta el mínimo por ticket de {minutes} min',
  'charge.phrase.billable_diagnosis':
    'limitación de la plataforma: solo el diagnóstico es facturable, hasta el mínimo por ticket de {minutes} min',
  'charge.phrase.overage_rate':
    'horas agotadas: lo que la bolsa no cubre se factura al valor hora adicional',
  'charge.phrase.not_covered':
    'no cubierto por el servicio: no se descuenta nada, se puede ofrecer una cotización',
  'charge.phrase.answer_changed': 'ticket respondido ({outcome}): su cargo se ajustó de nuevo',
  'charge.phrase.reclassified': 'ticket reclasificado como {kind}: su cargo se ajustó de nuevo',

  'bank.balanceTitle': 'Bolsa de horas, {from} – {to}',
  'bank.segment.used': 'Usadas',
  'bank.segment.usable': 'Disponibles ahora',
  'bank.expiresOn': 'de las cuales {hours} se pueden usar hasta el {date}; después vencen',
  'bank.st.expiring': 'Vencen al cierre si no se usan',
  'bank.st.closingProjected': 'Pasan al siguiente periodo si no se usan',
  'bank.type.grant': 'Horas asignadas',
  'bank.type.consume': 'Horas consumidas',
  'bank.type.approval': 'Decisión del cliente',
  'bank.type.expire': 'Horas vencidas',
  'bank.type.overage': 'Excedente facturado',
  'bank.type.adjust': 'Ajuste',
  'bank.type.reversal': 'Corrección',
  'bank.source.allotment': 'asignación del periodo',
  'bank.source.growth': 'ampliación temporal',
  'bank.source.prepaid': 'horas prepagadas',
  'bank.decision.approved': 'aprobado',
  'bank.decision.rejected': 'rechazado',
  'bank.segment.pending': 'Pendientes de aprobación',
  'bank.segment.overage': 'Excedente',
  'bank.statement': 'Extracto del periodo',
  'bank.open': '(periodo abierto)',
  'bank.closed': '(periodo cerrado)',
  'bank.st.opening': 'Arrastre',
  'bank.st.granted': 'Asignadas',
  'bank.st.adjusted': 'Ajustes',
  'bank.st.consumed': 'Consumidas',
  'bank.st.pending': 'Pendientes de aprobación',
  'bank.st.pendingFromEarlier': 'Pendientes de periodos anteriores',
  'bank.st.expired': 'Vencidas',
  'bank.st.overage': 'Excedente',
  'bank.st.overageAmount': 'Importe del excedente',
  'bank.st.closing': 'Saldo de cierre',
  'bank.ledger': 'Movimientos',
  'bank.col.on': 'Fecha',
  'bank.col.type': 'Tipo',
  'bank.col.detail': 'Detalle',
  'bank.col.hours': 'Horas',
  'bank.needsApproval': 'requiere aprobación',
  'bank.noEntries': 'Aún no hay movimientos.',
  'bank.pendingTitle': 'Pendiente de aprobación',
  'bank.noPending': 'No hay nada pendiente de aprobación.',
  'bank.pendingItem': '{hours} el {date} ({kind})',
  'bank.approve': 'Aprobar',
  'bank.reject': 'Rechazar',
  'bank.approvedDone': 'Consumo aprobado y descontado.',
  'bank.rejectedDone': 'Consumo rechazado.',
  'bank.onlyDecisionMaker': 'Solo el decisor de su organización puede aprobar o rechazar.',
};
