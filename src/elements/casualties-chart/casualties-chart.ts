/** Registers `<mss-casualties-chart>`. Import this module for that one element (the smallest import). */
import { defineElement } from '../define.js';
import { MssCasualtiesChart } from './casualties-chart.component.js';

export { MssCasualtiesChart };

defineElement('mss-casualties-chart', MssCasualtiesChart);

declare global {
  interface HTMLElementTagNameMap {
    'mss-casualties-chart': MssCasualtiesChart;
  }
}
