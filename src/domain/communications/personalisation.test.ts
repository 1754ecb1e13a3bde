import { describe, expect, it } from 'vitest';
import { buildCompany, buildPerson } from '../../../test/factories/contacts.js';
import { translate } from '../../i18n/index.js';
import { fieldValues, salutationMessage } from './fields.js';
import { missingFields, parseTemplate, renderTemplate } from './personalisation.js';

const context = {
  salutation: 'Estimada Sra. Pérez:',
  accountName: 'Comercial Andes SpA',
  csm: { name: 'Lucía Gómez', signature: 'Lucía Gómez\nCustomer Success Manager' },
  unsubscribeUrl: 'https://pacta.example.com/unsubscribe/u1.abc.def',
};

describe('templates', () => {
  it('reads fields in order, each listed once', () => {
    const template = parseTemplate(
      '{{salutation}} {{ name }} — {{account.name}}, {{name}}',
      'text',
      'body',
    );
    expect(template.fields).toEqual(['salutation', 'name', 'account.name']);
  });

  it.each([
    ['Hola {{nombre}}', 'unknown_field', { field: 'nombre', line: 1, column: 6 }],
    [
      'Hola\n  {{ contact.custom.Bad Key }}',
      'unknown_field',
      { field: 'contact.custom.Bad Key', line: 2, column: 3 },
    ],
    ['Hola {{name}', 'template_syntax', { line: 1, column: 6 }],
    ['Hola name}}\n', 'template_syntax', { line: 1, column: 10 }],
    ['{{#if name}}x{{/if}}', 'unknown_field', { field: '#if name', line: 1, column: 1 }],
    ['{{{name}}} {{> partial}}', 'unknown_field', { field: '> partial', line: 1, column: 12 }],
  ])('%j is refused (%s) with its position', (source, rule, params) => {
    expect(() => parseTemplate(source, 'html', 'versions[0].html')).toThrow(
      expect.objectContaining({ rule, params, path: 'versions[0].html' }),
    );
  });

  it('every value is escaped in HTML; line breaks become <br>', () => {
    const person = buildPerson({
      givenName: '<script>alert("x")</script>',
      familyName: "O'Brien & Co",
    });
    const values = fieldValues(person, context);
    const html = parseTemplate(
      '<p>{{name}}</p><p>{{csm.signature}}</p><a href="{{unsubscribeUrl}}">x</a>',
      'html',
      'html',
    );
    expect(renderTemplate(html, values, 'c1')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; Co</p><p>Lucía Gómez<br>Customer Success Manager</p><a href="https://pacta.example.com/unsubscribe/u1.abc.def">x</a>',
    );
  });

  it('text is written as is; a subject never carries a line break (no header injection)', () => {
    const values = { name: 'Ana\r\nBcc: victim@example.com' };
    expect(renderTemplate(parseTemplate('Hola {{name}}', 'subject', 's'), values, 'c1')).toBe(
      'Hola Ana Bcc: victim@example.com',
    );
    expect(renderTemplate(parseTemplate('<{{name}}>', 'text', 't'), { name: 'a & b' }, 'c1')).toBe(
      '<a & b>',
    );
  });

  it('a missing or empty field is a clear error naming it', () => {
    const template = parseTemplate(
      '{{salutation}} {{contact.custom.store}} {{csm.signature}}',
      'text',
      't',
    );
    const values = fieldValues(buildPerson({ custom: {} }), { ...context, csm: null });
    expect(missingFields(template, values)).toEqual(['contact.custom.store', 'csm.signature']);
    expect(() => renderTemplate(template, values, 'contact-1/v-es')).toThrow(
      expect.objectContaining({
        rule: 'missing_field',
        params: { field: 'contact.custom.store' },
        path: 'contact-1/v-es',
      }),
    );
    expect(
      missingFields(template, { ...values, 'contact.custom.store': '  ', 'csm.signature': 'x' }),
    ).toEqual(['contact.custom.store']);
  });

  it('any contact field is a field: contact.<field> and contact.custom.<name>', () => {
    const values = fieldValues(buildPerson(), context);
    const template = parseTemplate(
      '{{contact.jobTitle}} · {{contact.country}} · {{contact.custom.store}} · {{contact.phone}}',
      'text',
      't',
    );
    expect(renderTemplate(template, values, 'c1')).toBe(
      'Jefa de marketing · CL · Providencia · +56 9 1234 5678',
    );
    const company = fieldValues(buildCompany(), context);
    expect(company.name).toBe('Comercial Andes SpA');
    expect(company['contact.taxId']).toBe('76.123.456-7');
    expect(company.givenName).toBeNull();
  });
});

describe('salutations agree with the person, in both languages', () => {
  it.each([
    [buildPerson({ salutation: 'ms' }), 'es', 'Estimada Sra. Pérez:'],
    [
      buildPerson({ salutation: 'mr', givenName: 'Juan', familyName: 'Rojas' }),
      'es',
      'Estimado Sr. Rojas:',
    ],
    [buildPerson({ salutation: 'ms' }), 'en', 'Dear Ms Pérez,'],
    [buildPerson({ salutation: null }), 'es', 'Hola, Ana:'],
    [buildPerson({ salutation: 'mr', familyName: '' }), 'en', 'Hello Ana,'],
    [buildCompany(), 'es', 'Hola, Comercial Andes SpA:'],
  ] as const)('%#: %s', (contact, locale, text) => {
    const { key, params } = salutationMessage(contact);
    expect(translate(locale, key, params)).toBe(text);
  });
});
