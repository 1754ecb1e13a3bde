/**
 * Seed 003's example user stories ("Por ejemplo: …"), shipped as a sample backlog in the
 * seed's words (Spanish). The seed gives the narratives only: the difficulty, benefit, effort
 * and the dependency below are ours, chosen to make a sample that shows the backlog's order.
 */
import type { UserStory } from './stories.js';

/** The three stories of seed 003, with illustrative scores. */
export const sampleStories: readonly UserStory[] = [
  {
    // "Como cliente, quiero recibir comunicaciones personalizadas según mis intereses"
    id: 'sample-personalised-communications',
    title: 'Comunicaciones personalizadas',
    narrative: {
      asA: 'cliente',
      iWant: 'recibir comunicaciones personalizadas según mis intereses',
      soThat: null,
    },
    difficulty: 4,
    benefit: 5,
    effortMinutes: 40 * 60,
    dependsOn: [],
    origin: { kind: 'sample' },
  },
  {
    // "Como delegado de datos, quiero descargarme historial de actividad de un cliente para
    // poder gestionar los derechos RGDP" (the seed's "RGDP" is the GDPR, in Spanish RGPD)
    id: 'sample-gdpr-activity-history',
    title: 'Historial de actividad para derechos RGPD',
    narrative: {
      asA: 'delegado de datos',
      iWant: 'descargarme historial de actividad de un cliente',
      soThat: 'poder gestionar los derechos RGPD',
    },
    difficulty: 2,
    benefit: 4,
    effortMinutes: 12 * 60,
    dependsOn: [],
    origin: { kind: 'sample' },
  },
  {
    // "Como responsable CRM, quiero poder medir todas las acciones realizadas dentro de una
    // campaña para poder medir la eficacia de la estrategia adaptada y mejorarla."
    id: 'sample-campaign-measurement',
    title: 'Medición de campañas',
    narrative: {
      asA: 'responsable CRM',
      iWant: 'poder medir todas las acciones realizadas dentro de una campaña',
      soThat: 'poder medir la eficacia de la estrategia adaptada y mejorarla',
    },
    difficulty: 3,
    benefit: 4,
    effortMinutes: 16 * 60,
    dependsOn: ['sample-personalised-communications'],
    origin: { kind: 'sample' },
  },
];
