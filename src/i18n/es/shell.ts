/** Spanish messages of the app shell: its name, language picker, navigation, common words, hours and periods. */
import type { Translation } from '../catalog.js';
import type { shell as english } from '../en/shell.js';

/** Spanish shell messages: exactly the English keys. */
export const shell: Translation<typeof english> = {
  'app.name': 'Pacta',
  'app.skipToContent': 'Ir al contenido',
  'app.loading': 'Cargando…',
  'app.tagline': 'Acuerdos de nivel de servicio (ANS), calculados con exactitud.',
  'app.sessionEnded': 'Su sesión ha terminado. Inicie sesión de nuevo para continuar.',
  'app.notFound.title': 'Página no encontrada',
  'app.notFound.body': 'No hay nada en esta dirección. Revise el enlace o vuelva al inicio.',
  'app.notFound.home': 'Volver al inicio',
  'app.console': 'Consola de agentes',
  'app.portal': 'Portal de clientes',

  'language.label': 'Idioma',
  'language.es': 'Español',
  'language.en': 'English',

  'nav.main': 'Navegación principal',
  'nav.menu': 'Menú',
  'nav.queue': 'Cola',
  'nav.contracts': 'Contratos',
  'nav.calendars': 'Calendarios',
  'nav.admin': 'Administración',
  'nav.users': 'Usuarios',
  'nav.organisations': 'Organizaciones',
  'nav.audit': 'Registro de auditoría',
  'nav.myTickets': 'Mis tickets',
  'nav.hours': 'Horas',

  'common.save': 'Guardar',
  'common.saving': 'Guardando…',
  'common.cancel': 'Cancelar',
  'common.confirm': 'Confirmar',
  'common.create': 'Crear',
  'common.creating': 'Creando…',
  'common.add': 'Añadir',
  'common.remove': 'Quitar',
  'common.retry': 'Reintentar',
  'common.back': 'Volver',
  'common.optional': 'opcional',
  'common.none': '—',
  'common.choose': 'Elija…',
  'common.errorSummary': 'Hay un problema',
  'common.serverDetail': 'Detalle del servidor: {message}',
  'common.reference': 'Referencia: {requestId}',
  'common.tableRegion': '{name} (se desplaza horizontalmente)',

  'period.month': 'mes',
  'period.year': 'año',

  'hours.value': '{hours} h',

  'time.yourTime': '({time} en su hora)',
};
