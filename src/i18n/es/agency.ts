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
};
