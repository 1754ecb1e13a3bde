/**
 * Mensajes en español de la base de conocimiento: errores de reglas, la explicación predefinida
 * de "Fuera de soporte" (semilla 001), la deflexión y la sección de novedades.
 */
import type { Translation } from '../catalog.js';
import type { enKnowledge } from '../en/knowledge.js';

/** Mensajes en español de la base de conocimiento. */
export const esKnowledge: Translation<typeof enKnowledge> = {
  'knowledge.rule.translation_language_taken':
    'Este texto ya tiene una versión en {language}; edite esa versión.',
  'knowledge.rule.translation_mismatch':
    'Una traducción debe tener el mismo valor de {field} que el texto que traduce.',
  'knowledge.rule.not_publishable': 'El artículo aún no se puede publicar: le falta {missing}.',
  'knowledge.rule.redirect_without_article':
    'Para cerrar como «redirigido a la documentación», una respuesta pública debe enlazar un artículo del centro de ayuda.',
  'knowledge.rule.article_not_public':
    'El artículo enlazado {language}/{slug} no está publicado para los clientes.',
  'knowledge.rule.draft_already_submitted': 'Esta solicitud ya se envió al equipo de soporte.',

  'knowledge.outcome.redirected_to_documentation': 'Redirigido a la documentación',
  'knowledge.suggestions.title': 'Estos artículos pueden responder a su pregunta',
  'knowledge.suggestions.solved': 'Esto lo resolvió',
  'knowledge.suggestions.thanks':
    'Nos alegra que le haya servido. No se ha enviado ninguna solicitud; aún puede enviarla.',
  'knowledge.deflection.title': 'Solicitudes resueltas con el centro de ayuda',
  'knowledge.deflection.rate': 'Tasa de deflexión',
  'knowledge.deflection.deflected': 'Resueltas con un artículo',
  'knowledge.deflection.submitted': 'Enviadas tras ver artículos',
  'knowledge.deflection.abandoned': 'Abandonadas sin respuesta',

  'knowledge.updates.title': 'Novedades de la plataforma',
  'knowledge.updates.subscribe': 'Recibir las novedades por correo',
  'knowledge.updates.subscribed': 'Recibirá las nuevas novedades por correo.',

  'knowledge.outOfSupport.intro':
    'Gracias por su solicitud. Queda fuera de lo que cubre nuestro servicio de soporte:',
  'knowledge.outOfSupport.custom_formula_review':
    'la revisión de fórmulas personalizadas hechas por el cliente.',
  'knowledge.outOfSupport.third_party_integration': 'la integración con servicios de terceros.',
  'knowledge.outOfSupport.connection_performance':
    'los problemas causados por la degradación del rendimiento debida a su proveedor de Internet o a su servidor.',
  'knowledge.outOfSupport.custom_use_case':
    'los casos de uso y modificaciones personalizadas que no están dentro del alcance del uso general de la plataforma.',
  'knowledge.outOfSupport.covered.formula_logic':
    'Sí podemos validar que la lógica de la fórmula funciona correctamente.',
  'knowledge.outOfSupport.covered.connector_export':
    'Sí podemos validar que los datos se exportan correctamente a través del conector.',
  'knowledge.outOfSupport.referral.partner':
    'Para este tipo de servicio especializado podemos sugerirle uno de nuestros Partners oficiales.',
  'knowledge.outOfSupport.referral.own_provider':
    'Póngase en contacto con su proveedor de Internet o de alojamiento, que podrá revisarlo.',
};
