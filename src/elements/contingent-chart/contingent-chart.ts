/** Registers `<mss-contingent-chart>`. Import this module for that one element (the smallest import). */
import { defineElement } from '../define.js';
import { MssContingentChart } from './contingent-chart.component.js';

export { MssContingentChart };

defineElement('mss-contingent-chart', MssContingentChart);

declare global {
  interface HTMLElementTagNameMap {
    'mss-contingent-chart': MssContingentChart;
  }
}
