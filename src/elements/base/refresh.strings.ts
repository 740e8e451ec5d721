/**
 * The words of a refreshing element (`refresh` attribute), per language; loaded with the refresh code only,
 * so that elements which load their data once carry none of them.
 */
import { pick, type UiLanguage } from '../../i18n/language.js';

export interface RefreshStrings {
  /** Said politely when newer figures replaced the shown ones. */
  updated: string;
  /** Shown while the figures could not be checked for newer ones; `time` is when they last were. */
  stale: (time: string) => string;
}

const en: RefreshStrings = {
  updated: 'Figures updated.',
  stale: (time) => `Could not update the figures; showing those of ${time}.`,
};

const fr: RefreshStrings = {
  updated: 'Chiffres mis à jour.',
  stale: (time) => `Impossible de mettre à jour les chiffres\u00a0; ceux de ${time} restent affichés.`,
};

const ht: RefreshStrings = {
  updated: 'Chif yo mete ajou.',
  stale: (time) => `Nou pa t ka mete chif yo ajou; n ap montre sa ki te la a ${time}.`,
};

const es: RefreshStrings = {
  updated: 'Cifras actualizadas.',
  stale: (time) => `No se pudieron actualizar las cifras; se muestran las últimas comprobadas (${time}).`,
};

const TABLE: Record<UiLanguage, RefreshStrings> = { en, fr, ht, es };

export function refreshStrings(locale: string): RefreshStrings {
  return pick(TABLE, locale);
}
