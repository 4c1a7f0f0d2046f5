import type { BannerStrings } from '../strings.js';

const es: BannerStrings = {
  bannerLabel: 'Mensajes de sensibilización',
  messagePosition: 'Mensaje {current} de {total}',
  previousMessage: 'Mensaje anterior',
  nextMessage: 'Mensaje siguiente',
  pauseMessages: 'Pausar mensajes',
  playMessages: 'Reproducir mensajes',
  dismissMessage: 'Cerrar este mensaje',
  learnMore: 'Más información',
};

export default es;
