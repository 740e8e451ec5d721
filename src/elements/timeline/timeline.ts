/** Registers `<mss-timeline>`. Import this module for that one element. */
import { defineElement } from '../define.js';
import { MssTimeline } from './timeline.component.js';

export { MssTimeline };

defineElement('mss-timeline', MssTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'mss-timeline': MssTimeline;
  }
}
