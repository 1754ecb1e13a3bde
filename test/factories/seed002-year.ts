/**
 * The fourteen months of the hour-bank simulation (src/domain/hour-bank/simulation.test.ts: a
 * seed-002 BASE contract from 2025-01-01, 10 h a month, rollover one month, UF 1.10 per extra
 * hour, +15 h growth in April and May, 300 prepaid minutes on 2025-09-10) told as the work an
 * agent logs: tickets with a requester and time entries, each charged by the hour bank's
 * `chargeTicket` and appended as the store does, so that the statement has a work log to show.
 * The minutes reaching the bank each day are the simulation's, so every monthly total is too;
 * a large day is spread over tickets, since a ticket is capped at 8 h.
 */

import {
  type Contract,
  contractVersionAt,
  periodByIndex,
  scheduleOf,
} from '../../src/domain/contracts/index.js';
import { chargeTicket } from '../../src/domain/hour-bank/charge.js';
import { closePeriod, type LedgerEntry, missingGrants } from '../../src/domain/hour-bank/index.js';
import type { TicketFacts, WorkLogRow } from '../../src/domain/reports/statement.js';
import type { TicketKind } from '../../src/domain/tickets/vocabulary.js';
import type { LocalDate } from '../../src/domain/time/index.js';
import { buildContract } from './contracts.js';
import { MemoryLedger } from './hour-bank.js';

/** The contract of the simulation, priced like seed 002's BASE plan (UF 25 a month in advance). */
export const seed002Contract: Contract = buildContract({
  amendments: [
    {
      id: 'growth-apr-may',
      kind: 'temporary_growth',
      from: '2025-04-01',
      periods: 2,
      extraMinutesPerPeriod: 900,
    },
    { id: 'prepaid-sep', kind: 'prepaid_hours', on: '2025-09-10', minutes: 300, price: null },
  ],
});

/** One ticket: who asked, what kind, and its time entries (day, minutes worked, first contact). */
interface TicketScript {
  readonly ref: string;
  readonly title: string;
  readonly requester: string;
  readonly kind: TicketKind;
  readonly entries: readonly (readonly [on: LocalDate, minutes: number, firstContact?: false])[];
}

const ana = 'Ana Rojas';
const bruno = 'Bruno Díaz';
const carla = 'Carla Soto';

/** The tickets of the fourteen months; `false` marks work beyond the first contact (approval). */
const scripts: readonly TicketScript[] = [
  {
    ref: 'INF-101',
    title: 'Alta de usuarios de ventas',
    requester: ana,
    kind: 'corrective',
    entries: [['2025-01-15', 200]],
  },
  {
    ref: 'INF-102',
    title: 'Regla de validación de RUT',
    requester: bruno,
    kind: 'corrective',
    entries: [['2025-02-10', 300]],
  },
  {
    ref: 'INF-103',
    title: 'Nuevo proceso de aprobación',
    requester: carla,
    kind: 'evolutive',
    entries: [
      ['2025-03-05', 300],
      ['2025-03-05', 300],
    ],
  },
  {
    ref: 'INF-104',
    title: 'Error en flujo de casos',
    requester: ana,
    kind: 'corrective',
    entries: [['2025-03-20', 260]],
  },
  {
    ref: 'INF-105',
    title: 'Formato de página de cuentas',
    requester: bruno,
    kind: 'corrective',
    entries: [['2025-03-25', 260]],
  },
  {
    ref: 'INF-106',
    title: 'Migración de contactos',
    requester: carla,
    kind: 'evolutive',
    entries: [['2025-04-10', 480]],
  },
  {
    ref: 'INF-107',
    title: 'Jerarquía de roles',
    requester: ana,
    kind: 'evolutive',
    entries: [['2025-04-10', 460]],
  },
  {
    ref: 'INF-108',
    title: 'Consulta de cuotas',
    requester: bruno,
    kind: 'question',
    entries: [['2025-04-10', 40]],
  },
  {
    ref: 'INF-109',
    title: 'Panel de ventas regional',
    requester: carla,
    kind: 'evolutive',
    entries: [['2025-05-05', 480]],
  },
  {
    ref: 'INF-110',
    title: 'Informe de oportunidades',
    requester: ana,
    kind: 'evolutive',
    entries: [['2025-05-05', 480]],
  },
  {
    ref: 'INF-111',
    title: 'Carga masiva de productos',
    requester: bruno,
    kind: 'corrective',
    entries: [['2025-05-05', 240]],
  },
  {
    ref: 'INF-112',
    title: 'Integración con ERP',
    requester: carla,
    kind: 'evolutive',
    entries: [['2025-05-25', 480]],
  },
  {
    ref: 'INF-113',
    title: 'Flujo de renovación',
    requester: ana,
    kind: 'evolutive',
    entries: [['2025-05-25', 480]],
  },
  {
    ref: 'INF-114',
    title: 'Campos de facturación',
    requester: bruno,
    kind: 'corrective',
    entries: [['2025-05-25', 340]],
  },
  {
    ref: 'INF-115',
    title: 'Duda sobre licencias',
    requester: carla,
    kind: 'question',
    entries: [['2025-06-03', 20]],
  },
  {
    ref: 'INF-116',
    title: 'Restablecer contraseña',
    requester: ana,
    kind: 'corrective',
    entries: [
      ['2025-06-10', 30],
      ['2025-06-10', 10],
    ],
  },
  {
    ref: 'INF-117',
    title: 'Portal de socios',
    requester: bruno,
    kind: 'out_of_scope',
    entries: [['2025-06-12', 240]],
  },
  {
    ref: 'INF-118',
    title: 'Limpieza de duplicados',
    requester: carla,
    kind: 'corrective',
    entries: [['2025-08-12', 480]],
  },
  {
    ref: 'INF-119',
    title: 'Reglas de asignación',
    requester: ana,
    kind: 'corrective',
    entries: [['2025-08-12', 170]],
  },
  {
    ref: 'INF-120',
    title: 'Proceso de onboarding',
    requester: bruno,
    kind: 'evolutive',
    entries: [['2025-09-05', 480]],
  },
  {
    ref: 'INF-121',
    title: 'Plantillas de correo',
    requester: carla,
    kind: 'evolutive',
    entries: [['2025-09-05', 420]],
  },
  {
    ref: 'INF-122',
    title: 'Cuadro de mando de servicio',
    requester: ana,
    kind: 'evolutive',
    entries: [['2025-09-20', 480]],
  },
  {
    ref: 'INF-123',
    title: 'Seguridad de campos',
    requester: bruno,
    kind: 'corrective',
    entries: [['2025-09-20', 220]],
  },
  {
    ref: 'INF-124',
    title: 'Ajuste de fórmulas',
    requester: carla,
    kind: 'corrective',
    entries: [['2025-09-25', 120, false]],
  },
  {
    ref: 'INF-125',
    title: 'Colas de casos',
    requester: ana,
    kind: 'corrective',
    entries: [
      ['2025-10-15', 200],
      ['2025-11-04', 30],
    ],
  },
  {
    ref: 'INF-126',
    title: 'Rediseño de oportunidades',
    requester: bruno,
    kind: 'evolutive',
    entries: [['2025-12-01', 480]],
  },
  {
    ref: 'INF-127',
    title: 'Automatización de cotizaciones',
    requester: carla,
    kind: 'evolutive',
    entries: [['2025-12-01', 480]],
  },
  {
    ref: 'INF-128',
    title: 'Respaldo de datos',
    requester: ana,
    kind: 'corrective',
    entries: [['2025-12-01', 340]],
  },
  {
    ref: 'INF-129',
    title: 'Informe ejecutivo',
    requester: bruno,
    kind: 'evolutive',
    entries: [['2026-01-15', 300, false]],
  },
  {
    ref: 'INF-130',
    title: 'Vista de lista de casos',
    requester: carla,
    kind: 'corrective',
    entries: [['2026-02-09', 100]],
  },
];

/** The client's decisions on the work that waited for approval. */
const decisions: readonly [ticketRef: string, on: LocalDate, decision: 'approved' | 'rejected'][] =
  [
    ['INF-124', '2025-10-03', 'approved'],
    ['INF-129', '2026-01-20', 'rejected'],
  ];

/** One time entry to log, with the charge the bank computed for it. */
interface Logged {
  readonly script: TicketScript;
  readonly on: LocalDate;
  readonly worked: number;
  readonly charge: ReturnType<typeof chargeTicket>[number];
}

function charged(script: TicketScript): Logged[] {
  const version = contractVersionAt(
    seed002Contract,
    script.entries[0]?.[0] ?? seed002Contract.start,
  );
  const work = script.entries.map(([, minutes, firstContact = true]) => ({
    kind: script.kind,
    minutes,
    firstContact,
    conversationId: null,
  }));
  return chargeTicket(work, version).map((charge, i) => {
    const [on, worked] = script.entries[i] ?? ['', 0];
    return { script, on, worked, charge };
  });
}

/** The ledger, work log and tickets of the fourteen months, each period closed in turn. */
export function seed002Year(): {
  contract: Contract;
  entries: LedgerEntry[];
  work: WorkLogRow[];
  tickets: TicketFacts[];
} {
  const contract = seed002Contract;
  const schedule = scheduleOf(contract);
  const ledger = new MemoryLedger();
  const work: WorkLogRow[] = [];
  ledger.record(contract, ...missingGrants(contract, [], periodByIndex(schedule, 0)));
  const logged = scripts.flatMap(charged).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const consumeOf = new Map<string, string>();
  for (let index = 0; index < 14; index++) {
    const period = periodByIndex(schedule, index);
    const events = [
      ...logged
        .filter((l) => l.on >= period.start && l.on < period.end)
        .map((l) => ({ on: l.on, logged: l })),
      ...decisions
        .filter(([, on]) => on >= period.start && on < period.end)
        .map(([ref, on, decision]) => ({ on, decision: { ref, decision } })),
    ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    for (const event of events) {
      if ('decision' in event) {
        const consumeId = consumeOf.get(event.decision.ref) ?? '';
        ledger.record(contract, {
          type: 'approval',
          on: event.on,
          consumeId,
          decision: event.decision.decision,
        });
        continue;
      }
      const { script, on, worked, charge } = event.logged;
      const [entry] =
        charge.minutes > 0
          ? ledger.record(contract, {
              type: 'consume',
              on,
              minutes: charge.minutes,
              kind: script.kind,
              ticketId: script.ref,
              needsApproval: charge.approvalRequired,
            })
          : [];
      if (entry) consumeOf.set(script.ref, entry.id);
      work.push({
        ledgerEntryId: entry?.id ?? null,
        ticketRef: script.ref,
        kind: script.kind,
        on,
        workedMinutes: worked,
        chargedMinutes: charge.minutes,
        reasons: charge.reasons,
      });
    }
    ledger.record(contract, ...closePeriod(contract, ledger.entries, period));
  }
  const tickets = scripts.map(({ ref, title, requester }) => ({ ref, title, requester }));
  return { contract, entries: ledger.entries, work, tickets };
}
