import type { AudienceStrings } from '../../audiences.js';

const es: AudienceStrings = {
  'audience.youth': 'Jóvenes',
  'audience.adults': 'Adultos',
  'audience.older-adults': 'Personas mayores',
  'audience.parents': 'Madres y padres',
  'audience.caregivers': 'Personas cuidadoras',
  'audience.women': 'Mujeres',
  'audience.men': 'Hombres',
  'audience.lgbtq': 'Personas LGBTQ+',
  'audience.grief': 'Personas en duelo',
  'audience.chronic-illness': 'Personas con una enfermedad crónica',
};

export default es;
