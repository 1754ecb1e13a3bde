/** Spanish messages of contracts: the contract pages, amendments (growth, prepaid hours) and authorised requesters. */
import type { Translation } from '../catalog.js';
import type { contracts as english } from '../en/contracts.js';

/** Spanish contracts messages: exactly the English keys. */
export const contracts: Translation<typeof english> = {
  'contracts.title': 'Contratos',
  'contracts.intro': 'Cada contrato de cliente con su plan y su bolsa de horas.',
  'contracts.col.name': 'Contrato',
  'contracts.col.client': 'Cliente',
  'contracts.col.start': 'Inicio',
  'contracts.col.included': 'Horas incluidas',
  'contracts.perPeriod': '{hours} por {period}',
  'contracts.empty': 'Aún no hay contratos.',
  'contracts.back': 'Todos los contratos',

  'contract.intro': 'Bolsa de horas del periodo actual, su extracto y el libro de movimientos.',
  'contract.rules': 'Reglas de cobro',

  'contracts.new': 'Nuevo contrato',
  'contracts.created': 'Se ha creado el contrato «{name}»; su primer periodo ya está asignado.',
  'contracts.field.client': 'Cliente',
  'contracts.field.plan': 'Plan',
  'contracts.field.planHint': 'El contrato guarda una copia de los parámetros del plan.',
  'contracts.field.name': 'Nombre del contrato',
  'contracts.field.start': 'Fecha de inicio',
  'contracts.field.end': 'Fecha de fin',
  'contracts.field.endHint': 'Déjela vacía para un contrato sin fecha de fin.',

  'contract.amendments': 'Anexos',
  'contract.amendmentsIntro':
    'Cambios fechados del contrato; cada regla lee la versión vigente en su día.',
  'contract.noAmendments': 'Todavía no hay anexos.',

  'amendment.col.from': 'Desde',
  'amendment.col.kind': 'Tipo',
  'amendment.col.detail': 'Detalle',
  'amendment.kind.temporary_growth': 'Ampliación temporal',
  'amendment.kind.prepaid_hours': 'Horas prepagadas',
  'amendment.kind.parameter_change': 'Cambio de parámetros',
  'amendment.growthDetail': '+{hours} por periodo durante {periods} periodos',
  'amendment.prepaidDetail': '{hours}, precio {price}',
  'amendment.changeDetail': 'Cambia: {fields}',

  'growth.title': 'Añadir ampliación temporal',
  'growth.hours': 'Horas extra por periodo',
  'growth.periods': 'Número de periodos',
  'growth.from': 'Desde',
  'growth.fromHint': 'El primer día de un periodo.',
  'growth.added': 'Se ha añadido la ampliación temporal.',

  'prepaid.title': 'Añadir horas prepagadas',
  'prepaid.hours': 'Horas prepagadas',
  'prepaid.on': 'Fecha',
  'prepaid.price': 'Precio pagado',
  'prepaid.priceHint': 'Déjelo vacío si las horas no se cobran.',
  'prepaid.added': 'Se han añadido las horas prepagadas.',

  'requesters.title': 'Solicitantes autorizados',
  'requesters.intro':
    'Las personas del cliente que pueden abrir tickets en este contrato. Al guardar se sustituye la lista completa.',
  'requesters.legend': 'Usuarios del cliente',
  'requesters.limit': 'El plan permite hasta {max}; elegidos: {count}.',
  'requesters.noLimit': 'El plan no fija límite; elegidos: {count}.',
  'requesters.atLimit': 'Límite alcanzado: quite uno para elegir otro.',
  'requesters.none': 'Este cliente todavía no tiene usuarios.',
  'requesters.save': 'Guardar solicitantes',
  'requesters.saved': 'Solicitantes autorizados guardados: {count}.',
};
