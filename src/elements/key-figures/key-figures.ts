/** Registers `<mss-key-figures>`. Import this module for that one element (the smallest import). */
import { defineElement } from '../define.js';
import { MssKeyFigures } from './key-figures.component.js';

export { MssKeyFigures };

defineElement('mss-key-figures', MssKeyFigures);

declare global {
  interface HTMLElementTagNameMap {
    'mss-key-figures': MssKeyFigures;
  }
}
