import { describe, expect, it } from 'vitest';
import type { ExplanationStep } from '../domain/sla/index.js';
import { english } from './en/sla-steps.js';
import { spanish } from './es/sla-steps.js';
import { explain, explainInEnglish, explainTimeline } from './explain.js';

const at = (text: string) => Date.parse(text);
const zone = 'Europe/Madrid';

const cases: [ExplanationStep, string][] = [
  [
    {
      code: 'started',
      at: at('2026-03-06T17:40:00+01:00'),
      targetSeconds: 7200,
      calendar: 'business',
    },
    'started Fri 6 Mar 17:40, target 2 h business hours',
  ],
  [
    {
      code: 'opened_outside_hours',
      at: at('2026-03-06T18:40:00+01:00'),
      opensAt: at('2026-03-09T08:00:00+01:00'),
    },
    'outside service hours: closed until Mon 9 Mar 08:00',
  ],
  [
    {
      code: 'paused_waiting_client',
      at: at('2026-03-09T09:00:00+01:00'),
      until: at('2026-03-09T11:30:00+01:00'),
      businessSeconds: 9000,
    },
    'paused 2 h 30 min waiting on the client (Mon 9 Mar 09:00 – Mon 9 Mar 11:30)',
  ],
  [
    {
      code: 'paused_waiting_vendor',
      at: at('2026-03-09T09:00:00+01:00'),
      until: null,
      businessSeconds: 45,
    },
    'paused waiting on the vendor since Mon 9 Mar 09:00 (45 s of service time so far)',
  ],
  [
    {
      code: 'criticality_changed',
      at: at('2026-03-09T10:00:00+01:00'),
      from: 'low',
      to: 'high',
      usedSeconds: 3600,
      targetSeconds: 3600,
    },
    'criticality changed from low to high at Mon 9 Mar 10:00 with 1 h used; target now 1 h',
  ],
  [
    { code: 'responded', at: at('2026-03-31T09:05:00+02:00'), usedSeconds: 0 },
    'first response Tue 31 Mar 09:05 after 0 min',
  ],
  [
    {
      code: 'due',
      at: at('2026-03-09T14:00:00+01:00'),
      targetSeconds: 1800,
      usedSeconds: 600,
      calendar: 'urgent',
      because: 'kind_changed',
    },
    'due Mon 9 Mar 14:00: target 30 min round the clock (24/7), 10 min used, counted after the reclassification',
  ],
];

describe('explanations in English', () => {
  it.each(cases)('%j', (step, text) => {
    expect(explainInEnglish(step, zone)).toBe(text);
  });

  it('a timeline reads as one line', () => {
    const steps = cases.slice(0, 3).map(([step]) => step);
    expect(explainTimeline(steps, zone)).toBe(
      cases
        .slice(0, 3)
        .map(([, text]) => text)
        .join('; '),
    );
  });

  it('another language is another table', () => {
    const spanish = {
      ...english,
      locale: 'es-ES',
      steps: { ...english.steps, breached: () => 'objetivo incumplido' },
    };
    const step: ExplanationStep = { code: 'breached', at: 0 };
    expect(explain(step, spanish, zone)).toBe('objetivo incumplido');
  });
});

describe('explanations in Spanish', () => {
  const spanishCases: [ExplanationStep, string][] = [
    [
      {
        code: 'opened_outside_hours',
        at: at('2026-03-06T18:40:00+01:00'),
        opensAt: at('2026-03-09T08:00:00+01:00'),
      },
      'fuera del horario de servicio: cerrado hasta el lun 9 mar 08:00',
    ],
    [
      {
        code: 'paused_waiting_client',
        at: at('2026-03-09T09:00:00+01:00'),
        until: at('2026-03-09T11:30:00+01:00'),
        businessSeconds: 9000,
      },
      'en pausa 2 h 30 min esperando al cliente (lun 9 mar 09:00 – lun 9 mar 11:30)',
    ],
    [
      {
        code: 'criticality_changed',
        at: at('2026-03-09T10:00:00+01:00'),
        from: 'low',
        to: 'high',
        usedSeconds: 3600,
        targetSeconds: 3600,
      },
      'criticidad cambiada de baja a alta el lun 9 mar 10:00 con 1 h consumidos; objetivo ahora 1 h',
    ],
    [
      {
        code: 'due',
        at: at('2026-03-09T14:00:00+01:00'),
        targetSeconds: 1800,
        usedSeconds: 600,
        calendar: 'urgent',
        because: 'kind_changed',
      },
      'vence el lun 9 mar 14:00: objetivo 30 min las 24 horas (24/7), 10 min consumidos, contado tras la reclasificación',
    ],
  ];

  it.each(spanishCases)('the locale "es" renders %j in Spanish', (step, text) => {
    expect(explain(step, 'es', zone)).toBe(text);
  });

  it('the Spanish table and the locale "es" give the same timeline', () => {
    const steps = spanishCases.map(([step]) => step);
    expect(explainTimeline(steps, zone, 'es')).toBe(explainTimeline(steps, zone, spanish));
  });

  it('the locale "en" is the English table', () => {
    const [step] = cases[0] ?? [];
    if (step === undefined) throw new Error('no case');
    expect(explain(step, 'en', zone)).toBe(explainInEnglish(step, zone));
  });
});
