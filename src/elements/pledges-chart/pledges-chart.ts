/** Registers `<mss-pledges-chart>`. Import this module for that one element (the smallest import). */
import { defineElement } from '../define.js';
import { MssPledgesChart } from './pledges-chart.component.js';

export { MssPledgesChart };

defineElement('mss-pledges-chart', MssPledgesChart);

declare global {
  interface HTMLElementTagNameMap {
    'mss-pledges-chart': MssPledgesChart;
  }
}
