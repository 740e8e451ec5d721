/** Registers `<mss-displacement-chart>`. Import this module for that one element (the smallest import). */
import { defineElement } from '../define.js';
import { MssDisplacementChart } from './displacement-chart.component.js';

export { MssDisplacementChart };

defineElement('mss-displacement-chart', MssDisplacementChart);

declare global {
  interface HTMLElementTagNameMap {
    'mss-displacement-chart': MssDisplacementChart;
  }
}
