/** Spanish phrases for what is wrong with one field, from the API's validation issue codes. */
import type { Translation } from '../catalog.js';
import type { fieldIssues as english } from '../en/field-issues.js';

/** Spanish field-issue phrases: exactly the English keys. */
export const fieldIssues: Translation<typeof english> = {
  'issue.required': 'Obligatorio',
  'issue.empty': 'No puede quedar vacío',
  'issue.invalid_type': 'No es el tipo de valor esperado',
  'issue.too_small.string': 'Escriba al menos {minimum} caracteres',
  'issue.too_small.number': 'Indique {minimum} o más',
  'issue.too_small.array': 'Elija al menos {minimum}',
  'issue.too_big.string': 'Escriba como máximo {maximum} caracteres',
  'issue.too_big.number': 'Indique {maximum} o menos',
  'issue.too_big.array': 'Elija como máximo {maximum}',
  'issue.invalid_format.uuid': 'Elija una de las opciones ofrecidas',
  'issue.invalid_format.email': 'Escriba una dirección de correo, como ana@ejemplo.com',
  'issue.invalid_format': 'No tiene el formato esperado',
  'issue.invalid_value': 'Elija una de estas: {values}',
  'issue.unrecognized_keys': 'Este formulario no tiene ese campo',
  'issue.invalid': 'No es válido',
  'issue.someField': 'Un campo',
};
