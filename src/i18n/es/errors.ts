/** Spanish messages of every API error code: a sentence for the page and a short phrase for a field. */
import type { Translation } from '../catalog.js';
import type { errors as english } from '../en/errors.js';

/** Spanish errors messages: exactly the English keys. */
export const errors: Translation<typeof english> = {
  'error.title': 'Algo ha fallado',
  'error.unknown': 'El servidor informó de un problema que no sabemos describir.',
  'error.invalid_input': 'Algunos datos no son válidos. Revise los campos señalados.',
  'error.invalid_calendar': 'El calendario no es válido. Revise los campos señalados.',
  'error.not_found': 'Lo que busca no existe o no está a su alcance.',
  'error.conflict': 'Entra en conflicto con un registro que ya existe.',
  'error.unauthenticated': 'Debe iniciar sesión.',
  'error.forbidden': 'Su rol no permite esta acción.',
  'error.rate_limited': 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
  'error.rule_violation': 'Esto incumple una regla del negocio.',
  'error.unavailable':
    'El servicio no está disponible en este momento. Vuelva a intentarlo en unos instantes.',
  'error.malformed_json': 'La petición no era un JSON válido.',
  'error.unsupported_media_type': 'La petición se envió en un formato que el servidor no acepta.',
  'error.payload_too_large': 'La petición es demasiado grande.',
  'error.route_not_found': 'Esta dirección no existe en el servidor.',
  'error.method_not_allowed': 'Esta operación no está permitida aquí.',
  'error.internal': 'Algo falló en el servidor. Indique la referencia al informar del problema.',
  'error.network':
    'No se pudo contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
  'error.bad_response': 'El servidor dio una respuesta que no se pudo leer.',

  'fieldError.invalid_input': 'No es válido',
  'fieldError.invalid_calendar': 'No es válido en un calendario',
  'fieldError.not_found': 'No existe',
  'fieldError.conflict': 'Ya está en uso',
  'fieldError.unauthenticated': 'Inicie sesión primero',
  'fieldError.forbidden': 'Su rol no lo permite',
  'fieldError.rate_limited': 'Demasiados intentos',
  'fieldError.rule_violation': 'Incumple una regla del negocio',
  'fieldError.unavailable': 'No disponible ahora',
  'fieldError.malformed_json': 'No es un JSON válido',
  'fieldError.unsupported_media_type': 'Formato no aceptado',
  'fieldError.payload_too_large': 'Demasiado grande',
  'fieldError.route_not_found': 'Dirección desconocida',
  'fieldError.method_not_allowed': 'No permitido',
  'fieldError.internal': 'Error del servidor',
  'fieldError.network': 'Sin conexión',
  'fieldError.bad_response': 'Respuesta ilegible',
};
