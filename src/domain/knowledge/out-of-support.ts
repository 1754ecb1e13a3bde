/**
 * Seed 001's "Fuera de soporte" as a classification with a canned explanation. Each category
 * says what the support team still does (two of them keep a narrow validation in support) and
 * where to turn for the rest: an official Partner for specialised work (seed 001, CUSTOMER
 * SUCCESS: "el equipo te sugerirá Partners oficiales"; LÍMITES: "Los servicios adicionales se
 * proporcionarán mediante acuerdos con Partners"), or the client's own Internet or hosting
 * provider for performance they cause. The explanation is a list of catalog keys
 * (`knowledge.outOfSupport.*`) the app renders in the client's language.
 */

/** The four categories, in the seed's order. */
export const outOfSupportCategories = [
  'custom_formula_review',
  'third_party_integration',
  'connection_performance',
  'custom_use_case',
] as const;
/** One of {@link outOfSupportCategories}. */
export type OutOfSupportCategory = (typeof outOfSupportCategories)[number];

/** Who the client is pointed to for what support does not cover. */
export type Referral = 'partner' | 'own_provider';

/** What one category leaves in support, where it sends the client, and the seed's words. */
export interface OutOfSupportTerms {
  readonly category: OutOfSupportCategory;
  /** The part support still does, or null when nothing of it is supported. */
  readonly stillCovered: 'formula_logic' | 'connector_export' | null;
  readonly referral: Referral;
  readonly source: string;
}

/** The terms of each category, quoting seed 001's "Fuera de soporte". */
export const outOfSupportTerms: Readonly<Record<OutOfSupportCategory, OutOfSupportTerms>> = {
  custom_formula_review: {
    category: 'custom_formula_review',
    stillCovered: 'formula_logic',
    referral: 'partner',
    source:
      'Revisión de fórmulas personalizadas hechas por el cliente: tan solo se podrá validar que la lógica de la fórmula funciona correctamente.',
  },
  third_party_integration: {
    category: 'third_party_integration',
    stillCovered: 'connector_export',
    referral: 'partner',
    source:
      'Integración con servicios de terceros: solo se cubre la validación de que los datos se exportan correctamente a través del conector.',
  },
  connection_performance: {
    category: 'connection_performance',
    stillCovered: null,
    referral: 'own_provider',
    source:
      'Asistencia a problemas causados por la degradación del rendimiento debida al proveedor de Internet o del servidor del cliente.',
  },
  custom_use_case: {
    category: 'custom_use_case',
    stillCovered: null,
    referral: 'partner',
    source:
      'Casos de uso y modificaciones personalizadas que no están dentro del alcance del uso general del PIM.',
  },
};

/** A catalog key of the canned explanation. */
export type OutOfSupportKey =
  | 'knowledge.outOfSupport.intro'
  | `knowledge.outOfSupport.${OutOfSupportCategory}`
  | 'knowledge.outOfSupport.covered.formula_logic'
  | 'knowledge.outOfSupport.covered.connector_export'
  | 'knowledge.outOfSupport.referral.partner'
  | 'knowledge.outOfSupport.referral.own_provider';

/**
 * The paragraphs of the canned reply for a category, in order: why the request is out of
 * support, what support still does (when anything), and where to turn.
 */
export function cannedExplanation(category: OutOfSupportCategory): OutOfSupportKey[] {
  const terms = outOfSupportTerms[category];
  return [
    'knowledge.outOfSupport.intro',
    `knowledge.outOfSupport.${category}`,
    ...(terms.stillCovered === null
      ? []
      : [`knowledge.outOfSupport.covered.${terms.stillCovered}` as const]),
    `knowledge.outOfSupport.referral.${terms.referral}`,
  ];
}
