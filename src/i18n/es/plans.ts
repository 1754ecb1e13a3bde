/** Spanish messages of the plan catalogue and billing. */
import type { Translation } from '../catalog.js';
import type { plans as english } from '../en/plans.js';

/** Spanish plans messages: exactly the English keys. */
export const plans: Translation<typeof english> = {
  'nav.plans': 'Planes',

  'plans.title': 'Planes',
  'plans.intro':
    'El catálogo de planes y los planes de referencia de los que parte. Un contrato guarda una copia de su plan al firmarse.',
  'plans.new': 'Nuevo plan',
  'plans.catalogue': 'Catálogo de planes',
  'plans.col.name': 'Plan',
  'plans.col.period': 'Periodo',
  'plans.col.hours': 'Horas por periodo',
  'plans.col.price': 'Precio',
  'plans.col.overage': 'Hora adicional',
  'plans.col.targets': 'Objetivos de primera respuesta',
  'plans.col.actions': 'Acciones',
  'plans.col.source': 'Cláusula de origen',
  'plans.empty': 'Todavía no hay planes.',
  'plans.edit': 'Editar',
  'plans.editLabel': 'Editar {name}',
  'plans.editTitle': 'Editar el plan {name}',
  'plans.editWarning':
    'Los contratos firmados conservan los parámetros con los que se firmaron y solo cambian mediante anexos. Sus cambios se aplican a los contratos que se firmen a partir de ahora.',
  'plans.presets': 'Planes de referencia',
  'plans.presetsIntro':
    'Los planes de los acuerdos de referencia, cada uno con la cláusula de la que procede.',
  'plans.use': 'Usar',
  'plans.useLabel': 'Nuevo plan a partir de {name}',
  'plans.needs': 'El acuerdo no los fija, así que el plan debe indicarlos: {fields}.',
  'plans.needsNothing': 'El acuerdo fija todos los parámetros.',
  'plans.created': 'Se ha creado el plan «{name}».',
  'plans.saved': 'Se ha guardado el plan «{name}».',
  'plans.field.preset': 'Partir de un plan de referencia',
  'plans.field.presetNone': 'Ninguno: indicar todos los parámetros',
  'plans.field.presetHint': 'El acuerdo completa lo que fija; usted indica lo que deja abierto.',
  'plans.field.name': 'Nombre',
  'plans.field.calendar': 'Calendario laboral',
  'plans.field.calendarHint': 'El calendario con el que se miden los objetivos de respuesta.',
  'plans.field.hours': 'Horas por periodo',
  'plans.field.hoursHint': 'En horas, p. ej. 10 o 7,5.',
  'plans.hoursInvalid': 'Indique un número de horas mayor que cero, p. ej. 10 o 7,5.',
  'plans.field.price': 'Precio',
  'plans.field.priceHint': 'Por intervalo de facturación, p. ej. 35.00.',
  'plans.field.currency': 'Moneda',
  'plans.field.billing': 'facturación',
  'plans.field.term': 'duración',
  'plans.field.billingEvery': 'Se factura cada',
  'plans.field.billingTiming': 'Facturación',
  'plans.field.termMonths': 'Duración en meses',
  'plans.field.autoRenew': 'Se renueva automáticamente',
  'plans.field.advanced': 'Otros parámetros (avanzado)',
  'plans.field.advancedJson': 'Parámetros en JSON',
  'plans.field.advancedHint':
    'Objetivos, reglas de consumo, arrastre, horas adicionales y cumplimiento, como en la API. Los campos de arriba prevalecen.',
  'plans.jsonInvalid': 'No es un objeto JSON válido ({detail}).',

  'billing.every.month': 'Mes',
  'billing.every.quarter': 'Trimestre',
  'billing.every.year': 'Año',
  'billing.in_advance': 'Por adelantado',
  'billing.in_arrears': 'A periodo vencido',
};
