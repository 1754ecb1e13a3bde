/** Mensajes en español de los módulos de cotizaciones y proyectos (semillas 002 y 003). */

import type { Translation } from '../catalog.js';
import type { enProjects } from '../en/projects.js';

/** Mensajes de cotizaciones y proyectos en español. */
export const esProjects: Translation<typeof enProjects> = {
  'projects.rule.one_accountable':
    'Una tarea tiene exactamente un Accountable (aprobador); «{item}» tiene {count}.',
  'projects.rule.responsible_required':
    'Una tarea tiene al menos un Responsible (responsable); «{item}» no tiene ninguno.',
  'projects.rule.dependency_cycle':
    'Las dependencias entre historias no pueden formar un ciclo: {cycle}.',
  'projects.rule.no_product_owner': 'El equipo aún no tiene Product Owner.',
  'projects.rule.budget_exceeded':
    'Al proyecto le quedan {remainingMinutes} minutos de presupuesto; {minutes} más requieren una nueva cotización.',
  'projects.rule.no_hourly_rate': 'El plan no tiene valor hora para cotizar horas adicionales.',
  'projects.rule.growth_needs_monthly_plan': 'Un crecimiento temporal requiere un plan mensual.',
  'projects.rule.no_business_day':
    'El calendario no tiene días hábiles en dos años {direction} {date}.',
  'projects.rule.roadmap_not_planned': 'Primero hay que planificar el roadmap.',
  'projects.rule.growth_not_on_period_start':
    'Un crecimiento temporal comienza el primer día de un mes del contrato ({periodStart}), no el {from}.',
  'projects.rule.growth_month_billed':
    'El mes desde el {from} ya se facturó por anticipado; un crecimiento temporal comienza en un mes posterior.',
  'projects.rule.already_funded':
    'El proyecto ya está financiado: todo su presupuesto tiene una fuente.',
  'projects.rule.nothing_funded':
    'No quedan horas ociosas que reservar y no se eligió crecimiento ni horas prepagadas: no se financió nada.',

  'projects.backlog.csv.position': 'Posición',
  'projects.backlog.csv.suggested_position': 'Posición sugerida',
  'projects.backlog.csv.id': 'Identificador',
  'projects.backlog.csv.title': 'Título',
  'projects.backlog.csv.as_a': 'Como',
  'projects.backlog.csv.i_want': 'Quiero',
  'projects.backlog.csv.so_that': 'Para',
  'projects.backlog.csv.difficulty': 'Dificultad',
  'projects.backlog.csv.benefit': 'Beneficio',
  'projects.backlog.csv.effort_hours': 'Esfuerzo (horas)',
  'projects.backlog.csv.depends_on': 'Depende de',
  'projects.backlog.csv.origin': 'Origen',
  'projects.raci.csv.item': 'Tarea o entregable',
  'projects.raci.csv.kind': 'Tipo',
  'projects.raci.csv.phase': 'Fase',
  'projects.backlog.title': 'Pila del producto (backlog)',
  'projects.raci.title': 'Matriz RACI',
  'projects.roadmap.title': 'Hoja de ruta',

  'projects.code.manual': 'Redactada',
  'projects.code.sample': 'Ejemplo de la semilla 003',
  'projects.code.quote_line': 'Línea de cotización',
  'projects.code.task': 'Tarea',
  'projects.code.deliverable': 'Entregable',
  'projects.phase.kick_off': 'Arranque (kick-off)',
  'projects.phase.development': 'Desarrollo',
  'projects.phase.roll_out': 'Despliegue (roll-out)',
  'projects.phase.maintenance': 'Mantenimiento',
  'projects.roadmap.phase': 'Fase',
  'projects.roadmap.planned_start': 'Inicio previsto',
  'projects.roadmap.planned_end': 'Fin previsto',
  'projects.roadmap.actual_start': 'Inicio real',
  'projects.roadmap.actual_end': 'Fin real',
  'projects.roadmap.business_days': 'Días hábiles',
  'projects.roadmap.delay': 'Retraso (días hábiles)',
  'projects.roadmap.results': 'Resultados esperados',
  'projects.roadmap.none': 'El roadmap aún no está planificado.',
  'projects.result.team_and_raci': 'Equipo y matriz RACI',
  'projects.result.collaboration_tools': 'Herramientas colaborativas',
  'projects.result.methodology': 'Metodología de desarrollo',
  'projects.result.phase_planning': 'Planificación del resto de fases',
  'projects.result.user_stories': 'Historias de usuario',
  'projects.result.product_backlog': 'Pila del producto (backlog)',
  'projects.result.developments': 'Desarrollos necesarios',
  'projects.result.initial_campaigns': 'Set-up de campañas iniciales',
  'projects.result.segmentation': 'Segmentaciones y lógica de comunicación',
  'projects.result.testing': 'Testeo y validación',
  'projects.result.send_planning': 'Planificación de envíos',
  'projects.result.incident_resolution': 'Resolución de incidencias',
  'projects.result.measurement': 'Medición',
  'projects.result.improvements': 'Establecer mejoras',
};
