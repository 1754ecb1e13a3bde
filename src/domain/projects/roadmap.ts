/**
 * The implementation roadmap of seed 003 ("Roadmap implementación Sherpa MKT"): four phases
 * with the durations and expected results the seed states, planned one after the other on the
 * contract's business days. A phase of N weeks (months) covers the calendar days from its
 * start to N weeks (months) later, and is planned from its first to its last business day in
 * that window; the next phase starts on the next business day.
 */
import { invalidInput } from '../errors.js';
import { addDays, addMonths, type LocalDate, parseLocalDate } from '../time/index.js';
import type { BusinessDays } from './business-days.js';

/** The phases of the roadmap, in order. */
export const phaseKeys = ['kick_off', 'development', 'roll_out', 'maintenance'] as const;
/** One of {@link phaseKeys}. */
export type PhaseKey = (typeof phaseKeys)[number];

/** What a phase delivers ("El resultado de esta fase se concreta en: …"), as codes the UI translates. */
export const expectedResults = {
  // Kick-off: "Equipo y RACI Matrix de los participantes. Herramienta colaborativas de
  // desarrollo. Metodología de desarrollo. Planificación y definición del resto de fases".
  kick_off: ['team_and_raci', 'collaboration_tools', 'methodology', 'phase_planning'],
  // Desarrollo: "User Stories, Product Backlog, Desarrollos necesarios".
  development: ['user_stories', 'product_backlog', 'developments'],
  // Roll-out: "Set-up campañas iniciales, Segmentaciones y lógico de comunicación, Testeo y
  // validación, Planificación envíos".
  roll_out: ['initial_campaigns', 'segmentation', 'testing', 'send_planning'],
  // Mantenimiento: "Resolución de incidencias, Medición, Establecer Mejoras".
  maintenance: ['incident_resolution', 'measurement', 'improvements'],
} as const satisfies Record<PhaseKey, readonly string[]>;
/** One expected result of any phase. */
export type ExpectedResult = (typeof expectedResults)[PhaseKey][number];

/** A phase of the template: its length range in a unit, and what it delivers. */
export interface PhaseTemplate {
  readonly key: PhaseKey;
  readonly unit: 'week' | 'month';
  readonly min: number;
  readonly max: number;
  readonly expectedResults: readonly ExpectedResult[];
}

/** Seed 003's default roadmap, each range as the seed states it. */
export const roadmapTemplate: readonly PhaseTemplate[] = [
  // "La duración de esta fase: entre 1 y 2 semanas"
  { key: 'kick_off', unit: 'week', min: 1, max: 2, expectedResults: expectedResults.kick_off },
  // "Duración estimada de esta fase: entre 1 y 3 meses."
  {
    key: 'development',
    unit: 'month',
    min: 1,
    max: 3,
    expectedResults: expectedResults.development,
  },
  // "Duración estimada de esta fase: entre 1 y 2 meses."
  { key: 'roll_out', unit: 'month', min: 1, max: 2, expectedResults: expectedResults.roll_out },
  // "Duración estimada de esta fase: entre 1 y 6 meses."
  {
    key: 'maintenance',
    unit: 'month',
    min: 1,
    max: 6,
    expectedResults: expectedResults.maintenance,
  },
];

/** A phase on the calendar: its length in the template's unit and its first and last business day. */
export interface PlannedPhase {
  readonly key: PhaseKey;
  readonly unit: 'week' | 'month';
  readonly length: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly businessDays: number;
  readonly expectedResults: readonly ExpectedResult[];
}

/** What {@link planRoadmap} needs. */
export interface RoadmapRequest {
  /** The first day the project may start; it starts on the first business day from then. */
  readonly startOn: LocalDate;
  /** Each phase's length in its template unit; a phase left out takes the template's minimum. */
  readonly lengths: Partial<Record<PhaseKey, number>>;
}

/** Refuses a record keyed by something that is not a phase (it would never apply). */
export function checkPhaseKeys(record: object, path: string): void {
  const unknown = Object.keys(record).find(
    (key) => !(phaseKeys as readonly string[]).includes(key),
  );
  if (unknown !== undefined) throw invalidInput(`${path}.${unknown}`, 'not a phase of the roadmap');
}

function lengthOf(phase: PhaseTemplate, lengths: RoadmapRequest['lengths']): number {
  const length = lengths[phase.key] ?? phase.min;
  if (!Number.isSafeInteger(length) || length < phase.min || length > phase.max) {
    throw invalidInput(
      `lengths.${phase.key}`,
      `must be a whole number of ${phase.unit}s from ${phase.min} to ${phase.max} (seed 003); got ${length}`,
    );
  }
  return length;
}

/** Plans the template's phases one after the other on the contract's business days. */
export function planRoadmap(request: RoadmapRequest, days: BusinessDays): PlannedPhase[] {
  checkPhaseKeys(request.lengths, 'lengths');
  let start = days.onOrAfter(parseLocalDate(request.startOn, 'startOn'));
  return roadmapTemplate.map((phase) => {
    const length = lengthOf(phase, request.lengths);
    const after = phase.unit === 'week' ? addDays(start, 7 * length) : addMonths(start, length);
    const end = days.onOrBefore(addDays(after, -1));
    const planned: PlannedPhase = {
      key: phase.key,
      unit: phase.unit,
      length,
      start,
      end,
      businessDays: days.count(start, end),
      expectedResults: phase.expectedResults,
    };
    start = days.onOrAfter(addDays(end, 1));
    return planned;
  });
}
