/** Words of the pledges map (the pledges chart's `view="map"`), per language; the rest comes from pledges.strings.ts. */
import { pick, type UiLanguage } from '../i18n/language.js';

export interface PledgesMapStrings {
  /** Legend: a country that has sent personnel. */
  legendSent: string;
  /** Legend: a country that pledged a known number and has sent no one. */
  legendPledged: string;
  /** Legend: a country that pledged without saying how many. */
  legendUndisclosed: string;
  /** Legend and map label: the country the force serves in. */
  destination: (p: { country: string }) => string;
  /** Small states drawn as a dot. */
  markerNote: (p: { countries: string }) => string;
  /** Where the borders come from. */
  basemapNote: string;
  /** The reported pledge total, which the map does not draw. */
  pledgedTotalNote: (p: { value: string; publishers: string }) => string;
}

const en: PledgesMapStrings = {
  legendSent: 'Sent personnel',
  legendPledged: 'Pledged, none sent',
  legendUndisclosed: 'Pledged, number not disclosed',
  destination: (p) => `${p.country}: where the force serves`,
  markerNote: (p) => `${p.countries} are too small to see at this scale: each is marked by a dot.`,
  basemapNote: 'Borders: Natural Earth, 1:110 million scale (public domain), through the world-atlas package.',
  pledgedTotalNote: (p) => `Countries together pledged ${p.value} personnel, according to ${p.publishers}: a reported total, not the pledges on the map added up.`,
};

const fr: PledgesMapStrings = {
  legendSent: 'A envoyé du personnel',
  legendPledged: 'Promis, aucun envoyé',
  legendUndisclosed: 'Promis, nombre non divulgué',
  destination: (p) => `${p.country} : où la force est déployée`,
  markerNote: (p) => `${p.countries} sont trop petits pour être vus à cette échelle : chacun est marqué d’un point.`,
  basemapNote: 'Frontières : Natural Earth, échelle 1:110 millions (domaine public), via le paquet world-atlas.',
  pledgedTotalNote: (p) => `Ensemble, les pays ont promis ${p.value} personnes, selon ${p.publishers} : un total annoncé, pas la somme des promesses de la carte.`,
};

const ht: PledgesMapStrings = {
  legendSent: 'Voye pèsonèl',
  legendPledged: 'Pwomèt, pa voye pèsonn',
  legendUndisclosed: 'Pwomèt, kantite a pa pibliye',
  destination: (p) => `${p.country}: kote fòs la ap travay`,
  markerNote: (p) => `${p.countries} twò piti pou yo parèt sou echèl sa a: yo make chak ak yon pwen.`,
  basemapNote: 'Fwontyè: Natural Earth, echèl 1:110 milyon (domèn piblik), atravè pakè world-atlas la.',
  pledgedTotalNote: (p) => `Tout peyi yo ansanm te pwomèt ${p.value} moun, dapre ${p.publishers}: se total yo te anonse a, se pa pwomès ki sou kat la nou adisyone.`,
};

const es: PledgesMapStrings = {
  legendSent: 'Envió personal',
  legendPledged: 'Prometió, no envió a nadie',
  legendUndisclosed: 'Prometió, cifra no divulgada',
  destination: (p) => `${p.country}: donde sirve la fuerza`,
  markerNote: (p) => `${p.countries} son demasiado pequeños para verse a esta escala: cada uno está marcado con un punto.`,
  basemapNote: 'Fronteras: Natural Earth, escala 1:110 millones (dominio público), a través del paquete world-atlas.',
  pledgedTotalNote: (p) => `En conjunto, los países prometieron ${p.value} efectivos, según ${p.publishers}: un total informado, no la suma de las promesas del mapa.`,
};

const TABLE: Record<UiLanguage, PledgesMapStrings> = { en, fr, ht, es };

export function pledgesMapStrings(locale: string): PledgesMapStrings {
  return pick(TABLE, locale);
}
