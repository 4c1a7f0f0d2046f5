import type { SharedStrings } from '../en.js';

const es: SharedStrings = {
  loading: 'Cargando…',
  retry: 'Intentar de nuevo',
  savedCopy: 'Copia guardada del {date}',
  errorTitle: 'Esta información no se puede mostrar ahora.',
  'error.network': 'No se pudo obtener la información. Revise su conexión o inténtelo de nuevo dentro de un rato.',
  'error.timeout': 'La información tardó demasiado en llegar. Inténtelo de nuevo.',
  'error.http': 'No se encontró la información en el servidor.',
  'error.server': 'El servidor tuvo un problema. Inténtelo de nuevo en un rato.',
  'error.not-json': 'La información está en una forma que esta página no puede leer.',
  'error.bad-version': 'La información está en un formato que esta página todavía no conoce.',
  'error.no-feed': 'Todavía no se ha conectado información a este componente.',
  triedAgain: 'Se intentó de nuevo a las {time}.',
};

export default es;
