// The table a chart stands for: the same numbers, for screen readers, keyboard users and anyone
// who would rather read than look.

import type { Bar } from './chart-data';

interface Props {
  caption: string;
  keyHeading: string;
  valueHeading: string;
  bars: readonly Bar[];
}

export function ChartTable({ caption, keyHeading, valueHeading, bars }: Props) {
  return (
    <table class="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeading}</th>
          <th scope="col">{valueHeading}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td>{b.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
