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
  destination: (country: string) => string;
  /** Small states drawn as a dot. */
  markerNote: (countries: string) => string;
  /** Where the borders come from. */
  basemapNote: string;
}

const en: PledgesMapStrings = {
  legendSent: 'Sent personnel',
  legendPledged: 'Pledged, none sent',
  legendUndisclosed: 'Pledged, number not disclosed',
  destination: (country) => `${country}: where the force serves`,
  markerNote: (countries) => `${countries} are too small to see at this scale: each is marked by a dot.`,
  basemapNote: 'Borders: Natural Earth, 1:110 million scale (public domain), through the world-atlas package.',
};

const fr: PledgesMapStrings = {
  legendSent: 'A envoyé du personnel',
  legendPledged: 'Promis, aucun envoyé',
  legendUndisclosed: 'Promis, nombre non divulgué',
  destination: (country) => `${country} : où la force est déployée`,
  markerNote: (countries) => `${countries} sont trop petits pour être vus à cette échelle : chacun est marqué d’un point.`,
  basemapNote: 'Frontières : Natural Earth, échelle 1:110 millions (domaine public), via le paquet world-atlas.',
};

const ht: PledgesMapStrings = {
  legendSent: 'Voye pèsonèl',
  legendPledged: 'Pwomèt, pa voye pèsonn',
  legendUndisclosed: 'Pwomèt, kantite a pa pibliye',
  destination: (country) => `${country}: kote fòs la ap travay`,
  markerNote: (countries) => `${countries} twò piti pou yo parèt sou echèl sa a: yo make chak ak yon pwen.`,
  basemapNote: 'Fwontyè: Natural Earth, echèl 1:110 milyon (domèn piblik), atravè pakè world-atlas la.',
};

const es: PledgesMapStrings = {
  legendSent: 'Envió personal',
  legendPledged: 'Prometió, no envió a nadie',
  legendUndisclosed: 'Prometió, cifra no divulgada',
  destination: (country) => `${country}: donde sirve la fuerza`,
  markerNote: (countries) => `${countries} son demasiado pequeños para verse a esta escala: cada uno está marcado con un punto.`,
  basemapNote: 'Fronteras: Natural Earth, escala 1:110 millones (dominio público), a través del paquete world-atlas.',
};

const TABLE: Record<UiLanguage, PledgesMapStrings> = { en, fr, ht, es };

export function pledgesMapStrings(locale: string): PledgesMapStrings {
  return pick(TABLE, locale);
}
