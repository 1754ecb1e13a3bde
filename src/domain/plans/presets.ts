/**
 * The seed plans as presets, in the JSON form of {@link PlanParamsInput}. Every value cites
 * its seed file and clause; where a seed gives no value the comment says so and the field
 * is either a neutral "no rule" value or listed in `needs`, which the contract must supply
 * ({@link planFromPreset} refuses to build the plan without them).
 *
 * Calendar ids are references to calendars (calendar-format.md) that the installation must
 * define; the comment gives the hours the seed states.
 */
import { DomainError, invalidInput } from '../errors.js';
import { type PlanParams, type PlanParamsInput, parsePlanParams } from './params.js';

/** A plan template from a seed: the values it fixes and the ones it leaves to the contract. */
export interface PlanPreset {
  readonly id: string;
  readonly name: string;
  /** Seed file and clause the preset comes from. */
  readonly source: string;
  readonly params: Partial<PlanParamsInput>;
  /** Fields the seed does not state: the contract must give them. */
  readonly needs: readonly (keyof PlanParamsInput)[];
}

/** No rounding, no per-ticket minimum or cap, nothing free, no approval: the neutral rules. */
const neutralConsumption: PlanParamsInput['consumption'] = {
  minimumPerTicketMinutes: 0,
  minimumPerConversationMinutes: 0,
  rounding: { stepMinutes: 1, direction: 'up' },
  maximumPerTicketMinutes: null,
  freeKinds: [],
  approvalBeyondFirstContact: false,
};

// ── Seed 001 (001_f67854096f4437d4.txt, "Alcance de Customer Success & Soporte") ──────────
const seed001 = {
  // "Servicios de soporte: … El plan incluirá un cierto número de horas anuales de soporte".
  period: 'year',
  // "Horario de oficina … entre las 8.00 - 18.00 CET", "excluyendo los días festivos
  // nacionales" (Mon–Fri assumed; the seed names no country: the vendor is Spanish).
  calendarId: 'seed-001-office-08-18-cet',
  // LÍMITES: "Apertura de la conversación: se deducirá un mínimo de 15 minutos." and
  // "Las incidencias no se contabilizan como horas de soporte … no se deducen".
  // No rounding step, per-ticket minimum or cap is stated: none applied.
  consumption: {
    ...neutralConsumption,
    minimumPerConversationMinutes: 15,
    freeKinds: ['incident'],
  },
  // Not stated: yearly hours read as the year's allotment, expiring at the year's end.
  rolloverPeriods: 0,
  // Not stated: the seed prices no hour beyond the bank, nor resolution targets, urgencies,
  // a number of requesters or a compliance percentage.
  overageRatePerHour: null,
  resolutionTargets: null,
  urgentResponse: null,
  maxRequesters: null,
  compliance: null,
} satisfies Partial<PlanParamsInput>;

// The number of yearly hours, price, billing and term are "detallado en las condiciones del
// contrato" (TIPOS DE CUENTAS): not in the seed.
const seed001Needs = ['includedMinutesPerPeriod', 'price', 'billing', 'term'] as const;

/** One response target for every criticality: seed 001 does not vary it by criticality. */
function sameTarget(minutes: number | null) {
  return { high: minutes, medium: minutes, low: minutes };
}

// ── Seed 002 (002_d1dc119b62e2b17e.txt, "Soporte Infinity") ──────────────────────────────
const infinity = {
  // PLANES INFINITY: "10 horas mensuales" etc.; table "Paquete de horas | Horas por mes".
  period: 'month',
  // "La facturación se realiza por mes anticipado."
  billing: { every: 'month', timing: 'in_advance' },
  // "contratos Infinity … por 6 meses renovables automáticamente."
  term: { months: 6, autoRenew: true },
  // Table "Horario | Horario de servicio | LU - VI 09AM - 06PM" (its "Ejemplo" column).
  calendarId: 'seed-002-mon-fri-09-18',
  // "Para criticidad alta, el tiempo de respuesta es 1 hora hábil", "media … 6 horas
  // hábiles", "baja … 8 horas hábiles". (The table's "Ejemplo" column shows 2 h and 8 h
  // for high and medium; the stated levels are used.)
  responseTargets: { high: 60, medium: 360, low: 480 },
  // Not stated: no resolution targets, no urgency channel.
  resolutionTargets: null,
  urgentResponse: null,
  // Table "Contraparte | Número | … podrá reportar un ticket | 3" (its "Ejemplo" column).
  maxRequesters: 3,
  consumption: {
    ...neutralConsumption,
    // Table "Tiempo mínimo de ticket | Horas | … | 1" (Ejemplo column).
    minimumPerTicketMinutes: 60,
    // Table "Tiempo máximo de ticket | Horas | … se considerará cotizar un nuevo proyecto | 8".
    maximumPerTicketMinutes: 480,
    // CONDICIONES 1: work done after the first communication "si el cliente aprueba su
    // consumo, se descontará"; within it, the minimum is deducted with no approval.
    approvalBeyondFirstContact: true,
    // No kind is free (corrective and evolutive tickets both consume) and no rounding is stated.
  },
  // Table "Caducidad | Meses | … podrán ser acumuladas | 1 (mes siguiente)".
  rolloverPeriods: 1,
  // PLANES INFINITY: "UF 1¹⁰ por hora extra" on every plan = UF 1.10 per hour.
  overageRatePerHour: { amount: '1.10', currency: 'CLF' },
  // "El objetivo es 100 por ciento de cumplimiento, pero se considera logrado el SLA con un
  // 90 por ciento; el SLA se cumple con menos de 10 tickets."
  compliance: {
    targetPercent: 100,
    thresholdPercent: 90,
    minimumSample: 10,
    belowSample: 'deemed_met',
  },
  // PLANES INFINITY: "Monitoreo quincenal" in every plan; "CADA 15 DÍAS, INFINITY ENVÍA UN
  // REPORTE". The thresholds ("alerta de umbrales") and the completeness rules ("definidas en
  // conjunto entre Infinity y el Cliente") are not stated: each contract agrees its own.
  monitoring: { rules: [], thresholds: [] },
} satisfies Partial<PlanParamsInput>;

/** An Infinity plan: hours per month and the monthly price in UF ("valores … en Unidades de Fomento mensuales"). */
function infinityPlan(id: string, name: string, hours: number, uf: string): PlanPreset {
  return {
    id,
    name,
    source: `seed 002, PLANES INFINITY: ${name}, ${hours} horas mensuales, UF ${uf}`,
    params: {
      ...infinity,
      includedMinutesPerPeriod: hours * 60,
      price: { amount: uf, currency: 'CLF' },
    },
    needs: [],
  };
}

// ── Seed 004 (004_3aa299e0339b45d6.txt, "ANS Inbound Marketing - 22/11/21") ──────────────
const agencyRetainer = {
  // The seed sells no bank of hours; its cadence is monthly (2.3.4 "Mensuales de informes").
  period: 'month',
  // 2.2: "lunes a viernes de 8:00 a.m. - 12:00 p.m. y de 2:00 p.m. a 6:00 p.m." (no zone or
  // holiday country is named).
  calendarId: 'seed-004-mon-fri-08-12-14-18',
  // 2.2: "un tiempo máximo de 16 horas hábiles desde la recepción del correo" (no criticality).
  responseTargets: { high: 960, medium: 960, low: 960 },
  resolutionTargets: null,
  // 3.4.2: urgencies answered "aún en horarios no laborales (en el transcurso de la media
  // hora posterior al requerimiento)".
  urgentResponse: { minutes: 30, calendarId: '24x7' },
  // 2.2: the 16 business hours to answer apply "para ambas partes": the client's obligation too.
  clientResponseMinutes: 960,
  // 2.4.1: "designar un único responsable de la comunicación" (the "Decisor").
  maxRequesters: 1,
  // Nothing about minimums, rounding or caps; out-of-scope requests are quoted (3.4.1),
  // which chargeFor does for every plan.
  consumption: neutralConsumption,
  // Not stated: no rollover, no overage price, no compliance percentage.
  rolloverPeriods: 0,
  overageRatePerHour: null,
  compliance: null,
} satisfies Partial<PlanParamsInput>;

/** Every seed preset, by id. */
export const planPresets: readonly PlanPreset[] = [
  {
    id: 'seed001-enterprise',
    name: 'Enterprise',
    source:
      'seed 001, SOPORTE: "Cuentas Enterprise: … primera respuesta no automática es de 2 horas"',
    // The "< 5 minutes average through chat" is an average, not a target.
    params: { ...seed001, responseTargets: sameTarget(120) },
    needs: seed001Needs,
  },
  {
    id: 'seed001-premium',
    name: 'Premium',
    source:
      'seed 001, SOPORTE: "Cuentas Premium: … primera respuesta no automática es de 12 horas"',
    // The "< 4 hours average" by ticket or email is an average, not a target.
    params: { ...seed001, responseTargets: sameTarget(720) },
    needs: seed001Needs,
  },
  {
    id: 'seed001-starter',
    name: 'Starter / Connect',
    source:
      'seed 001, SOPORTE: "Cuentas Starter o Proveedor de Connect: tiempo de respuesta medio inferior a 1 día hábil"',
    // The seed states an average below 1 business day; taken as a target of one business
    // day of the 08–18 calendar (600 business minutes).
    params: { ...seed001, responseTargets: sameTarget(600) },
    needs: seed001Needs,
  },
  {
    id: 'seed001-partner-managed',
    name: 'Managed by a Solution Partner',
    source:
      'seed 001, TIPOS DE CUENTAS "Cliente indirecto" and SOPORTE "Cuentas asignadas a Solution Partner"',
    // "el primer nivel de soporte es el Partner. El tiempo de respuesta puede variar": no target.
    params: { ...seed001, responseTargets: sameTarget(null) },
    needs: seed001Needs,
  },
  infinityPlan('seed002-base', 'BASE', 10, '25.00'),
  infinityPlan('seed002-infinity-25', 'Infinity 25', 25, '35.00'),
  infinityPlan('seed002-infinity-50', 'Infinity 50', 50, '60.00'),
  infinityPlan('seed002-infinity-100', 'Infinity 100', 100, '110.00'),
  {
    id: 'seed002-infinity-plus',
    name: 'Infinity PLUS',
    source:
      'seed 002, PLANES INFINITY: "Soporte personalizado con parámetros exclusivos para tu organización"',
    // Hours and price are "Contáctanos": the contract gives them (and may change any other field).
    params: infinity,
    needs: ['includedMinutesPerPeriod', 'price'],
  },
  {
    id: 'seed004-agency-retainer',
    name: 'Agency retainer',
    source: 'seed 004, ANS Inbound Marketing 2.2, 2.4.1, 3.4',
    params: agencyRetainer,
    // The seed states no hours, price, billing or term.
    needs: ['includedMinutesPerPeriod', 'price', 'billing', 'term'],
  },
];

/** Finds a preset by id (not_found naming `presetId`). */
export function presetById(id: string): PlanPreset {
  const preset = planPresets.find((candidate) => candidate.id === id);
  if (!preset) throw new DomainError('not_found', `no plan preset "${id}"`, 'presetId');
  return preset;
}

/**
 * Builds plan parameters from a preset and the contract's values (which may also override
 * any preset value). A value the seed leaves open and `values` lacks is invalid_input at `plan.<field>`.
 */
export function planFromPreset(
  preset: PlanPreset,
  values: Partial<PlanParamsInput> = {},
): PlanParams {
  for (const field of preset.needs) {
    if (values[field] === undefined) {
      throw invalidInput(
        `plan.${field}`,
        `the ${preset.name} preset (${preset.source.split(',')[0]}) does not state ${field}; give it`,
      );
    }
  }
  return parsePlanParams({ ...preset.params, ...values });
}
