import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/index.js';
import { cannedExplanation, outOfSupportCategories, outOfSupportTerms } from './out-of-support.js';

describe('seed 001 "Fuera de soporte"', () => {
  it.each([
    ['custom_formula_review', 'formula_logic', 'partner'],
    ['third_party_integration', 'connector_export', 'partner'],
    ['connection_performance', null, 'own_provider'],
    ['custom_use_case', null, 'partner'],
  ] as const)('%s keeps %s in support and refers to %s', (category, covered, referral) => {
    expect(outOfSupportTerms[category]).toMatchObject({ stillCovered: covered, referral });
    expect(cannedExplanation(category)).toEqual([
      'knowledge.outOfSupport.intro',
      `knowledge.outOfSupport.${category}`,
      ...(covered === null ? [] : [`knowledge.outOfSupport.covered.${covered}`]),
      `knowledge.outOfSupport.referral.${referral}`,
    ]);
  });

  it('the four categories of the seed, each quoting it', () => {
    expect(outOfSupportCategories).toHaveLength(4);
    expect(outOfSupportTerms.custom_formula_review.source).toContain('fórmulas personalizadas');
    expect(outOfSupportTerms.third_party_integration.source).toContain('servicios de terceros');
    expect(outOfSupportTerms.connection_performance.source).toContain('proveedor de Internet');
    expect(outOfSupportTerms.custom_use_case.source).toContain('Casos de uso');
  });

  it('the canned explanation reads in both languages', () => {
    const render = (locale: 'es' | 'en') =>
      cannedExplanation('third_party_integration')
        .map((key) => translate(locale, key))
        .join(' ');
    expect(render('es')).toBe(
      'Gracias por su solicitud. Queda fuera de lo que cubre nuestro servicio de soporte: la integración con servicios de terceros. Sí podemos validar que los datos se exportan correctamente a través del conector. Para este tipo de servicio especializado podemos sugerirle uno de nuestros Partners oficiales.',
    );
    expect(render('en')).toContain('through the connector');
  });
});
