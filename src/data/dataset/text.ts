/** Helpers for writing the default dataset's records. */
import type { ExactFigure, Text } from '../types.js';

/** A text in the four languages the package ships: English, French, Haitian Creole, Spanish. */
export const t = (en: string, fr: string, ht: string, es: string): Text => ({ en, fr, ht, es });

/** An exact figure from one source, for tables of counts from a single report. */
export const exact = (value: number, source: string): ExactFigure => ({ kind: 'exact', value, sources: [source] });

/** Labels of contingents, shared by arrivals and milestones. */
export const contingentLabels = {
  first: t('First contingent', 'Premier contingent', 'Premye kontenjan', 'Primer contingente'),
  second: t('Second contingent', 'Deuxième contingent', 'Dezyèm kontenjan', 'Segundo contingente'),
  third: t('Third contingent', 'Troisième contingent', 'Twazyèm kontenjan', 'Tercer contingente'),
  fourth: t('Fourth contingent', 'Quatrième contingent', 'Katriyèm kontenjan', 'Cuarto contingente'),
  fifth: t('Fifth contingent', 'Cinquième contingent', 'Senkyèm kontenjan', 'Quinto contingente'),
  firstTeam: t('First team', 'Première équipe', 'Premye ekip', 'Primer equipo'),
  secondTeam: t('Second team', 'Deuxième équipe', 'Dezyèm ekip', 'Segundo equipo'),
};
