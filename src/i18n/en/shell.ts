/** English messages of the app shell: its name, language picker, navigation, common words, hours and periods. */

/** English shell messages; the keys of every language. */
export const shell = {
  'app.name': 'Pacta',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',
  'app.tagline': 'Service-level agreements, computed exactly.',
  'app.sessionEnded': 'Your session has ended. Sign in again to continue.',
  'app.notFound.title': 'Page not found',
  'app.notFound.body': 'There is nothing at this address. Check the link or go back to the start.',
  'app.notFound.home': 'Go to the start',
  'app.console': 'Agent console',
  'app.portal': 'Client portal',

  'language.label': 'Language',
  'language.es': 'Español',
  'language.en': 'English',

  'nav.main': 'Main navigation',
  'nav.menu': 'Menu',
  'nav.queue': 'Queue',
  'nav.contracts': 'Contracts',
  'nav.calendars': 'Calendars',
  'nav.admin': 'Administration',
  'nav.users': 'Users',
  'nav.organisations': 'Organisations',
  'nav.audit': 'Audit log',
  'nav.myTickets': 'My tickets',
  'nav.hours': 'Hours',

  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.confirm': 'Confirm',
  'common.create': 'Create',
  'common.creating': 'Creating…',
  'common.add': 'Add',
  'common.remove': 'Remove',
  'common.retry': 'Try again',
  'common.back': 'Back',
  'common.optional': 'optional',
  'common.none': '—',
  'common.choose': 'Choose…',
  'common.errorSummary': 'There is a problem',
  'common.serverDetail': 'Server detail: {message}',
  'common.reference': 'Reference: {requestId}',
  'common.tableRegion': '{name} (scrolls sideways)',

  'period.month': 'month',
  'period.year': 'year',

  'hours.value': '{hours} h',

  'time.yourTime': '({time} your time)',
} as const;
