/** Spanish messages of sign-in through OpenID Connect (issue 18 #9): its rules and the sign-in page's button. */
import type { Translation } from '../catalog.js';
import type { enOidc } from '../en/oidc.js';

/** Spanish OpenID Connect sign-in messages: exactly the English keys. */
export const esOidc: Translation<typeof enOidc> = {
  'identity.rule.oidc_not_configured':
    'Aquí no está configurado el acceso a través de otro proveedor.',
  'identity.rule.oidc_failed':
    'El acceso a través del proveedor no se completó (quizá se canceló o tardó demasiado). Inténtelo de nuevo.',
  'identity.rule.oidc_email_unverified':
    'El proveedor no ha verificado su dirección de correo, así que Pacta no puede saber quién es. Verifíquela allí o entre con su contraseña.',
  'identity.rule.oidc_no_account':
    'Ninguna cuenta activa de Pacta puede entrar con esa dirección de correo. Pida a un administrador que le dé de alta.',
  'auth.signIn.oidc': 'Entrar con {name}',
  'auth.signIn.or': 'o',
};
