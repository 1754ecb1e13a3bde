/**
 * One sample of each report on the 14-month seed-002 year (test/factories/seed002-year.ts): the
 * February 2026 SLA compliance with its breaches and trend, the biweekly monitoring report of
 * 2026-02-14 … 2026-02-28 window, and the planning meeting of 2026-02-18. Used by the renderer
 * tests and by scripts/render-report-samples.ts (the README's pictures).
 */
import { periodByIndex, scheduleOf } from '../../src/domain/contracts/index.js';
import {
  type BreachedTicket,
  type ComplianceReport,
  type CriticalityCount,
  complianceReport,
  type HourStatement,
  hourStatement,
  type MetricReading,
  type MonitoredTicket,
  type MonitoringReport,
  monitoringReport,
  type PlanningReport,
  planningReport,
} from '../../src/domain/reports/index.js';
import type { ExplanationStep } from '../../src/domain/sla/steps.js';
import type { Criticality } from '../../src/domain/tickets/vocabulary.js';
import type { ReportHeading } from '../../src/reports/index.js';
import { seed002Year } from './seed002-year.js';

const year = seed002Year();
const { contract } = year;
const period = (index: number) => periodByIndex(scheduleOf(contract), index);

/** Who the samples are about. */
export const sampleHeading: ReportHeading = {
  contractName: 'Infinity BASE',
  clientName: 'Clínica Norte',
  issuedOn: '2026-03-01',
  timeZone: 'America/Santiago',
};

/** The statement of a month of the year (0 = January 2025). */
export function sampleStatement(index: number): HourStatement {
  return hourStatement({ ...year, period: period(index) });
}

const hour = 3_600_000;
const at = (iso: string) => Date.parse(iso);

function breach(
  ref: string,
  title: string,
  criticality: Criticality,
  opened: string,
  targetHours: number,
  responded: string,
): BreachedTicket {
  const openedAt = at(opened);
  const dueAt = openedAt + targetHours * hour;
  const respondedAt = at(responded);
  const steps: ExplanationStep[] = [
    { code: 'started', at: openedAt, targetSeconds: targetHours * 3600, calendar: 'business' },
    {
      code: 'due',
      at: dueAt,
      targetSeconds: targetHours * 3600,
      usedSeconds: 0,
      calendar: 'business',
      because: 'started',
    },
    { code: 'breached', at: dueAt },
    { code: 'responded', at: respondedAt, usedSeconds: (respondedAt - openedAt) / 1000 },
  ];
  return {
    ticketRef: ref,
    title,
    requester: 'Bruno Díaz',
    criticality,
    openedAt,
    dueAt,
    respondedAt,
    steps,
  };
}

const count = (criticality: Criticality, met: number, total: number): CriticalityCount => ({
  criticality,
  met,
  total,
});

/** February 2026: 17 of 19 first responses on time (89.47 %: missed at 90 %), with 11 earlier months. */
export function sampleCompliance(): ComplianceReport {
  const monthly = [
    [4, 5],
    [9, 9],
    [12, 13],
    [7, 7],
    [10, 12],
    [8, 8],
    [11, 11],
    [14, 15],
    [6, 6],
    [13, 14],
    [10, 10],
    [12, 12],
    [9, 10],
  ] as const;
  return complianceReport({
    contract,
    period: period(13),
    counts: [count('high', 3, 4), count('medium', 9, 10), count('low', 5, 5)],
    breaches: [
      breach(
        'INF-131',
        'Caída de integración con ERP',
        'high',
        '2026-02-05T13:10:00Z',
        1,
        '2026-02-05T15:40:00Z',
      ),
      breach(
        'INF-134',
        'Error en informe de ventas',
        'medium',
        '2026-02-12T14:00:00Z',
        6,
        '2026-02-13T16:30:00Z',
      ),
    ],
    history: monthly.map(([met, total], index) => ({
      period: period(index),
      counts: [count('medium', met, total)],
    })),
  });
}

const reading = (
  metric: MetricReading['metric'],
  on: string,
  hundredths: number,
): MetricReading => ({ metric, on, hundredths });

function monitored(
  ref: string,
  title: string,
  opened: string,
  status: MonitoredTicket['status'],
  response: number,
  resolution: number | null,
): MonitoredTicket {
  return {
    ticketRef: ref,
    title,
    requester: 'Carla Soto',
    kind: 'corrective',
    criticality: 'medium',
    status,
    openedAt: at(opened),
    responseSeconds: response,
    resolutionSeconds: resolution,
  };
}

/** The monitoring window that holds 2026-02-20, with readings of this window and the previous one. */
export function sampleMonitoring(): MonitoringReport {
  return monitoringReport({
    contract,
    entries: year.entries,
    date: '2026-02-20',
    setup: {
      rules: [
        { key: 'accounts_rut', label: 'Cuentas con RUT' },
        { key: 'contacts_email', label: 'Contactos con correo' },
      ],
      thresholds: [
        { metric: 'licences_available', alertWhen: 'below', limit: 300 },
        { metric: 'login_rate', alertWhen: 'below', limit: 7000 },
        { metric: 'storage_used', alertWhen: 'above', limit: 8500 },
        { metric: 'api_calls', alertWhen: 'above', limit: 9_000_000 },
        { metric: 'completeness:accounts_rut', alertWhen: 'below', limit: 9500 },
      ],
    },
    readings: [
      reading('licences_used', '2026-01-30', 4500),
      reading('licences_used', '2026-02-16', 4700),
      reading('licences_available', '2026-01-30', 500),
      reading('licences_available', '2026-02-16', 300),
      reading('login_rate', '2026-01-30', 8120),
      reading('login_rate', '2026-02-16', 7640),
      reading('storage_used', '2026-01-30', 8310),
      reading('storage_used', '2026-02-16', 8690),
      reading('api_calls', '2026-01-30', 6_240_000),
      reading('api_calls', '2026-02-16', 7_105_000),
      reading('completeness:accounts_rut', '2026-01-30', 9350),
      reading('completeness:accounts_rut', '2026-02-16', 9410),
      reading('completeness:contacts_email', '2026-02-16', 8875),
    ],
    tickets: [
      monitored('INF-130', 'Vista de lista de casos', '2026-02-09T13:00:00Z', 'closed', 1500, 6000),
      monitored(
        'INF-135',
        'Permisos de perfil de ventas',
        '2026-02-17T12:30:00Z',
        'resolved',
        2700,
        14400,
      ),
      monitored(
        'INF-136',
        'Error de validación en cuentas',
        '2026-02-19T18:45:00Z',
        'waiting_client',
        900,
        null,
      ),
    ],
    recommendations:
      'El almacenamiento superó el 85 %: proponemos archivar los casos cerrados de 2023. La tasa de acceso bajó 4,8 puntos; revisar con el equipo comercial.',
  });
}

/** The planning meeting of 2026-02-18: March's planned work and two implementation proposals. */
export function samplePlanning(): PlanningReport {
  return planningReport({
    contract,
    entries: year.entries,
    date: '2026-02-18',
    periods: 6,
    planned: [
      {
        ticketRef: 'INF-140',
        title: 'Ajuste de flujo de aprobación',
        kind: 'corrective',
        estimateMinutes: 90,
        plannedFor: '2026-02-24',
      },
      {
        ticketRef: 'INF-141',
        title: 'Nuevos campos en oportunidades',
        kind: 'evolutive',
        estimateMinutes: 240,
        plannedFor: '2026-03-04',
      },
      {
        ticketRef: 'INF-142',
        title: 'Consulta de cuotas',
        kind: 'question',
        estimateMinutes: 30,
        plannedFor: '2026-03-09',
      },
      {
        ticketRef: 'INF-143',
        title: 'Migración de históricos',
        kind: 'evolutive',
        estimateMinutes: 720,
        plannedFor: '2026-03-16',
      },
    ],
    proposals: [
      {
        ref: 'P-07',
        title: 'Portal de autoservicio para clientes',
        estimateMinutes: 240,
        source: 'quote',
        state: 'sent',
      },
      {
        ref: 'P-08',
        title: 'Tablero de cumplimiento comercial',
        estimateMinutes: 180,
        source: 'project',
        state: 'active',
      },
    ],
  });
}
