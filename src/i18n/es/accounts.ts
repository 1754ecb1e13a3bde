/** Spanish messages of accounts: forgotten passwords, the reset mail and the user's own sessions. */
import type { Translation } from '../catalog.js';
import type { accounts as english } from '../en/accounts.js';

/** Spanish account messages: exactly the English keys. */
export const accounts: Translation<typeof english> = {
  'identity.rule.reset_link_unusable': 'Este enlace no existe, ya se usó o caducó. Pida uno nuevo.',

  'mail.passwordReset.subject': 'Elija una nueva contraseña de Pacta',
  'mail.passwordReset.greeting': 'Hola {name}:',
  'mail.passwordReset.body':
    'Alguien pidió restablecer la contraseña de su cuenta de Pacta. Abra este enlace antes de {minutes} minutos para elegir una nueva; sirve una sola vez:',
  'mail.passwordReset.ignore': 'Si no fue usted, ignore este mensaje: su contraseña sigue igual.',

  'auth.signIn.forgot': '¿Olvidó su contraseña?',
  'auth.forgot.title': 'Restablecer la contraseña',
  'auth.forgot.intro':
    'Escriba el correo con el que inicia sesión. Si pertenece a una cuenta, le enviaremos un enlace para elegir una nueva contraseña.',
  'auth.forgot.submit': 'Enviar el enlace',
  'auth.forgot.sent':
    'Si {email} pertenece a una cuenta, el enlace va en camino. Sirve una vez, durante una hora; revise también la carpeta de spam.',
  'auth.forgot.back': 'Volver a iniciar sesión',
  'auth.reset.title': 'Elija una nueva contraseña',
  'auth.reset.password': 'Nueva contraseña',
  'auth.reset.hint':
    'Al menos 12 caracteres. Se cerrarán todas las sesiones y los tokens de API de su cuenta.',
  'auth.reset.submit': 'Guardar la nueva contraseña',
  'auth.reset.done': 'Su contraseña cambió. Inicie sesión con ella.',
  'auth.reset.noToken': 'Esta página se abre desde el enlace del correo.',
  'auth.reset.askAgain': 'Pedir un enlace nuevo',

  'account.title': 'Su cuenta',
  'account.intro': 'Dónde está abierta su cuenta. Cierre cualquier sesión que no reconozca.',
  'account.sessions.title': 'Sesiones',
  'account.sessions.col.device': 'Navegador',
  'account.sessions.col.ip': 'Dirección',
  'account.sessions.col.created': 'Inicio',
  'account.sessions.col.lastUsed': 'Último uso',
  'account.sessions.col.actions': 'Acciones',
  'account.sessions.current': 'Esta sesión',
  'account.sessions.unknownDevice': 'Navegador desconocido',
  'account.sessions.end': 'Cerrar',
  'account.sessions.endName': 'Cerrar la sesión de {device}',
  'account.sessions.endOthers': 'Cerrar todas las demás sesiones',
  'account.sessions.ended': 'La sesión se cerró.',
  'account.sessions.othersEnded': 'Se cerraron todas las demás sesiones.',
};
