import type { Zone } from '../feed/types.js';

let ownZone: Zone | undefined;
/** The viewer's own zone, as the browser reports it (asked once: a formatter costs more than a list row). */
export const viewerZone = (): Zone => (ownZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
