// The tags in React 19 JSX, typed by the package's opt-in typings. Type-checked only (no React runtime is
// installed): tsc must accept the valid uses and reject the ones marked @ts-expect-error.
import type {} from 'mss-charts/jsx/react';
import type { MssContingentChart } from 'mss-charts';
import { mssDataset } from 'mss-charts/data';

export function Article({ onError }: { onError: (message: string) => void }) {
  const ref = { current: null as MssContingentChart | null };
  return (
    <article>
      <mss-contingent-chart
        ref={ref}
        view="cumulative"
        chart-title="How the force grew"
        show-data
        heading-level={2}
        theme="dark"
        lang="fr"
        data={mssDataset}
        className="wide"
        onmss-error={(event) => onError(event.detail.message)}
        onmss-render={(event) => console.log(event.detail.chart)}
      />
      <mss-key-figures figures="deployed displaced" chart-title="Key figures" />
      {/* @ts-expect-error: not a view of the contingent chart */}
      <mss-contingent-chart view="pie" />
      {/* @ts-expect-error: data is a dataset, not a string */}
      <mss-contingent-chart data="figures.json" />
      {/* @ts-expect-error: the detail of mss-error has no `chart` */}
      <mss-pledges-chart onmss-error={(event) => event.detail.chart} />
    </article>
  );
}
