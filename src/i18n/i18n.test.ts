import { describe, expect, it } from 'vitest';
import { apiErrorCodes } from './codes.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import {
  catalogs,
  errorText,
  fieldErrorText,
  interpolate,
  type Locale,
  locales,
  negotiateLocale,
  translate,
} from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('every Spanish message takes the same placeholders as its English original', () => {
    for (const [key, text] of Object.entries(en)) {
      expect([key, placeholders(es[key as keyof typeof en])]).toEqual([key, placeholders(text)]);
    }
  });

  it('no message is empty or padded with spaces', () => {
    for (const locale of locales) {
      for (const [key, text] of Object.entries(catalogs[locale])) {
        expect([locale, key, text.trim() === text && text !== '']).toEqual([locale, key, true]);
      }
    }
  });

  it('Spanish is translated: only names, symbols and loanwords read as in English', () => {
    const same = Object.keys(en).filter((key) => es[key as keyof typeof en] === en[key as never]);
    expect(same.sort()).toEqual(
      [
        'app.name',
        'calendar.mode.json',
        'calendars.weeklyHours',
        'campaigns.no',
        'success.csm',
        'common.none',
        'hours.value',
        'language.en',
        'language.es',
        'orgKind.partner',
        'organisations.field.partner',
        'plans.col.name',
        'contracts.field.plan',
        'preview.block',
        // product names and words Spanish desks use as they are
        'channel.chat',
        'channel.portal',
        'channel.whatsapp',
        'history.system',
        'reports.col.tickets',
        'contacts.col.number',
        'contacts.view.tickets',
        'approval.ticket',
        'audit.system',
        // a date range and a sentence whose words are all placeholders
        'approval.periodRange',
        'contacts.trace.change',
        'audit.do.unknown',
        // seed 002's plan names, as its contract spells them
        'preset.name.seed002-base',
        'preset.name.seed002-infinity-25',
        'preset.name.seed002-infinity-50',
        'preset.name.seed002-infinity-100',
        'preset.name.seed002-infinity-plus',
        // mail conventions: the reply prefix, the signature dash, the ticket number
        'mail.approval.duration',
        'mail.reply.signed',
        'mail.reply.subject',
        'mail.status.subject',
      ].sort(),
    );
  });

  it('uses the agreed Spanish business vocabulary', () => {
    expect(es['auth.signIn.submit']).toBe('Iniciar sesión');
    expect(es['role.client_requester']).toBe('Solicitante');
    expect(es['orgKind.client']).toBe('Cliente');
    expect(es['portal.hours.intro']).toContain('bolsa de horas');
    expect(es['app.tagline']).toContain('Acuerdos de nivel de servicio (ANS)');
    expect(es['due.title']).toContain('Vencimiento');
  });
});

describe('translate', () => {
  it('fills {name} placeholders in the chosen language', () => {
    expect(translate('en', 'users.created', { name: 'Ana' })).toBe('Ana was added.');
    expect(translate('es', 'users.created', { name: 'Ana' })).toBe('Se ha añadido a Ana.');
    expect(translate('es', 'auth.signOut')).toBe('Cerrar sesión');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('negotiateLocale', () => {
  const cases: [string | undefined, Locale][] = [
    [undefined, 'es'],
    ['', 'es'],
    ['*', 'es'],
    ['fr-FR,de;q=0.8', 'es'],
    ['en-US,en;q=0.9', 'en'],
    ['es-CL,es;q=0.9,en;q=0.8', 'es'],
    ['fr-FR, en;q=0.5, es;q=0.4', 'en'],
    ['en;q=0.3, es-MX;q=0.7', 'es'],
    ['es;q=0, en', 'en'],
    ['EN-gb', 'en'],
    ['en-GB,es', 'en'],
  ];
  it.each(cases)('%j → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe('error codes', () => {
  it('every API error code has a sentence and a field phrase in every language', () => {
    for (const locale of locales) {
      for (const code of apiErrorCodes) {
        expect(errorText(locale, code)).not.toBe(catalogs[locale]['error.unknown']);
        expect(fieldErrorText(locale, code)).toBe(catalogs[locale][`fieldError.${code}`]);
      }
    }
  });

  it('an unknown code still gets a sentence', () => {
    expect(errorText('es', 'brand_new_code')).toBe(es['error.unknown']);
    expect(fieldErrorText('en', 'brand_new_code')).toBe(en['fieldError.invalid_input']);
  });
});
