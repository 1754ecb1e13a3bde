/** Mensajes en español del módulo de agencia (semilla 004). */

import type { Translation } from '../catalog.js';
import type { enAgency } from '../en/agency.js';

/** Mensajes de agencia en español. */
export const esAgency: Translation<typeof enAgency> = {
  'agency.rule.sprint_length_not_whole_weeks':
    'Un sprint de {businessDays} días hábiles no son semanas completas de {openWeekdays} días de atención.',
  'agency.rule.no_service_time':
    'No hay un hueco libre de {minutes} minutos en horario de atención en esa ventana.',
  'agency.rule.outside_service_hours': 'Una ceremonia debe caer por entero en horario de atención.',
  'agency.rule.ceremony_closed': 'Esta ceremonia ya se realizó.',
  'agency.rule.not_channelled_by_decision_maker':
    'Las actividades llegan a la agencia a través del decisor del cliente.',
  'agency.rule.activity_already_decided': 'Esta actividad ya fue decidida.',
  'agency.rule.sprint_already_over':
    'El sprint {sprintNumber} ya terminó; el actual es el {currentSprint}.',
  'agency.rule.dependency_unknown': 'El entregable depende de un entregable desconocido.',
  'agency.rule.dependency_cycle': 'Estas dependencias forman un ciclo.',
  'agency.rule.dependency_not_approved': 'Espera la aprobación de un entregable del que depende.',
  'agency.rule.work_suspended': 'Suspendido hasta que el cliente entregue un insumo requerido.',
  'agency.rule.wrong_state': 'El entregable está en {state}; este paso no aplica.',
  'agency.rule.third_round_needs_agreement':
    'La ronda {round} supera las {includedRounds} incluidas y requiere el acuerdo de ambas partes.',
  'agency.rule.sponsors_missing':
    'Esta ceremonia requiere invitar a los patrocinadores de ambas partes.',
  'agency.rule.input_already_missing': 'Este insumo ya figura como pendiente.',
  'agency.rule.input_not_missing': 'Este insumo no está pendiente.',
  'agency.rule.impasse_without_grounds':
    'Un impasse se declara sobre los hechos del mes; la evaluación no encontró ninguno.',

  'agency.ceremony.kickoff': 'Kickoff',
  'agency.ceremony.inception': 'Inception (entendimiento del negocio)',
  'agency.ceremony.release_plan': 'Socialización del release plan',
  'agency.ceremony.refinement': 'Refinamiento del sprint',
  'agency.ceremony.review': 'Review del sprint',
  'agency.ceremony.monthly_report': 'Reunión mensual de informes',
  'agency.ceremony.quarterly_strategy': 'Reunión trimestral de estrategia',
  'agency.ceremony.impasse_follow_up': 'Seguimiento del impasse',
  'agency.feed.name': 'Calendario de agencia: {contract}',
  'agency.feed.sprint': 'Sprint n.º {number}',
  'agency.feed.due': 'Entrega: {title}',
  'agency.board.title': 'Tablero de agencia',
  'agency.board.sprint': 'Sprint n.º {number}: del {from} al {until}, {days} días hábiles',
  'agency.board.momentZero': 'Momento cero: el primer sprint empieza el {from}.',
  'agency.board.closed': 'Cerrado: {dates}',
  'agency.board.decisionMakerMissing':
    'El cliente no tiene un único decisor con al menos un 20 % de disponibilidad.',
  'agency.board.deliverables': 'Entregables',
  'agency.board.col.title': 'Entregable',
  'agency.board.col.state': 'Estado',
  'agency.board.col.round': 'Ronda',
  'agency.board.col.due': 'Fecha de entrega',
  'agency.board.col.answerDue': 'Respuesta del cliente hasta',
  'agency.board.col.dependsOn': 'Depende de',
  'agency.board.noDeliverables': 'Aún no hay entregables planeados.',
  'agency.board.intake': 'Tráfico de actividades',
  'agency.board.waiting': 'Esperando al decisor',
  'agency.board.pending': 'Pendiente de decisión',
  'agency.board.noActivities': 'No hay actividades sugeridas.',
  'agency.board.inputs': 'Insumos requeridos',
  'agency.board.provided': 'Entregado',
  'agency.board.missingSince': 'Pendiente; el trabajo que lo necesita está suspendido desde el',
  'agency.board.impasse': 'Hechos de impasse ({month})',
  'agency.board.possibleImpasse': 'Posible impasse: {rules}',
  'agency.board.noImpasse': 'Ninguna regla de impasse se cumplió este mes.',
  'agency.board.renegotiation':
    'Más de un impasse en el trimestre: renegociar alcance, ANS o finalizar el contrato.',
  'agency.state.planned': 'Planeado',
  'agency.state.in_progress': 'En curso',
  'agency.state.delivered': 'Entregado',
  'agency.state.changes_requested': 'Ajustes solicitados',
  'agency.state.approved': 'Aprobado',
  'agency.input.content_sources': 'Fuentes para el contenido',
  'agency.input.buyer_persona_sources': 'Fuentes de buyer personas',
  'agency.input.data_access': 'Acceso a las fuentes de datos',
  'agency.input.conversion_assets': 'Control de los activos de conversión',
  'agency.input.ad_campaigns': 'Control de las campañas publicitarias',
  'agency.input.content_planning': 'Control de la planeación de contenido',
  'agency.input.automation_tools': 'Control de las herramientas de automatización',
  'agency.impasseRule.redo_requests': 'solicitudes de rehacer',
  'agency.impasseRule.many_revision_rounds': 'muchas rondas de ajustes',
  'agency.impasseRule.missed_delivery_times': 'tiempos de entrega incumplidos',
  'agency.impasseRule.calls_of_attention': 'llamados de atención',
  'agency.impasseRule.inputs_not_under_control': 'insumos fuera de control',
  'agency.impasseRule.client_complaints': 'quejas del cliente',
  'agency.choice.backlog': 'En el backlog',
  'agency.choice.sprint': 'En un sprint',
  'agency.choice.out_of_scope': 'Rechazada: fuera de alcance (a cotizar)',
  'agency.choice.off_focus': 'Rechazada: fuera de foco',
};
