/** Spanish messages of two-step sign-in (TOTP, issue 18 #9): its rules, the sign-in step, the account section. */
import type { Translation } from '../catalog.js';
import type { enTwoFactor } from '../en/two-factor.js';

/** Spanish two-step sign-in messages: exactly the English keys. */
export const esTwoFactor: Translation<typeof enTwoFactor> = {
  'identity.rule.two_factor_staff_only':
    'El acceso en dos pasos es para el personal del proveedor.',
  'identity.rule.two_factor_on':
    'El acceso en dos pasos ya está activado. Desactívelo antes de usar otra aplicación.',
  'identity.rule.two_factor_not_started': 'Empiece primero a activar el acceso en dos pasos.',
  'identity.rule.two_factor_secret_key_missing':
    'El acceso en dos pasos guarda sus claves cifradas: la instalación debe definir antes {variable}.',

  'auth.signIn.code': 'Código',
  'auth.signIn.codeHint':
    'Seis dígitos de su aplicación de autenticación, o uno de sus códigos de recuperación.',
  'auth.signIn.codeNeeded': 'Su cuenta entra en dos pasos: escriba el código de su aplicación.',
  'auth.signIn.codeWrong':
    'Ese código no es correcto o ya se usó. Pruebe el código actual de la aplicación.',

  'account.twoFactor.title': 'Acceso en dos pasos',
  'account.twoFactor.off': 'Desactivado: basta su contraseña para entrar.',
  'account.twoFactor.on':
    'Activado: entra con su contraseña y un código de su aplicación. Códigos de recuperación restantes: {left}.',
  'account.twoFactor.unavailable':
    'No disponible: esta instalación no tiene una clave secreta para guardar cifradas las claves de la aplicación.',
  'account.twoFactor.start': 'Activar',
  'account.twoFactor.scan':
    'Escanee este código QR con una aplicación de autenticación (Google Authenticator, Microsoft Authenticator, 1Password…), o añada a mano la clave de abajo, y escriba el código que muestre.',
  'account.twoFactor.qr': 'Código QR para escanear con su aplicación de autenticación',
  'account.twoFactor.secret': 'Clave',
  'account.twoFactor.link': 'Abrir en una aplicación de autenticación',
  'account.twoFactor.code': 'Código de la aplicación',
  'account.twoFactor.confirm': 'Confirmar y activar',
  'account.twoFactor.codesTitle': 'Códigos de recuperación',
  'account.twoFactor.codesIntro':
    'Guarde estos códigos en un lugar seguro: cada uno le permite entrar una vez si pierde el teléfono. Solo se muestran ahora.',
  'account.twoFactor.password': 'Su contraseña',
  'account.twoFactor.turnOff': 'Desactivar',
  'account.twoFactor.turnedOff': 'El acceso en dos pasos está desactivado.',
  'users.resetTwoFactor': 'Restablecer el acceso en dos pasos',
  'users.resetTwoFactorName': 'Restablecer el acceso en dos pasos de {name}',
  'users.confirmResetTwoFactorName': 'Confirmar que se restablece el acceso en dos pasos de {name}',
  'users.twoFactorReset':
    '{name} entra ahora solo con la contraseña y se cerraron sus sesiones; puede volver a activar el acceso en dos pasos.',
};
