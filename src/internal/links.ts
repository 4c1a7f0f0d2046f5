/** Digits and a leading plus only, for a tel: link. */
export const telHref = (number: string): string => `tel:${number.replace(/[^\d+]/g, '')}`;
