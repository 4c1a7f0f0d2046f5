import type { FinderLookupStrings } from '../../finder-lookup.js';

const es: FinderLookupStrings = {
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
  crisisTitle: '¿Necesita ayuda ahora?',
  crisisCall: 'Llame al {number}',
  dangerNow: 'Si está en peligro ahora, llame al número de emergencias de su zona.',
};

export default es;
