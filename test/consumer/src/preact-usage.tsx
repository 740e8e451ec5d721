/** @jsxImportSource preact */
// The tags in Preact JSX, typed by the package's opt-in typings (type-checked only).
import type {} from 'mss-charts/jsx/preact';
import { mssDataset } from 'mss-charts/data';

export function Figures() {
  return (
    <section>
      <mss-key-figures figures="displaced killed-2024" theme="light" lang="ht" />
      <mss-contingent-chart view="arrivals" data={mssDataset} onmss-render={(event) => event.detail.chart} />
      {/* @ts-expect-error: not a theme */}
      <mss-contingent-chart theme="sepia" />
    </section>
  );
}
