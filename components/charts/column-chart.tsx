// Records over time as accessible SVG columns: role="img" with <title>/<desc>; each column has its
// number above it (where there is room) and month labels below, so nothing rests on colour.

import type { Bar } from './chart-data';

interface Props {
  id: string;
  title: string;
  desc: string;
  bars: readonly Bar[];
  width?: number;
}

export function ColumnChart({ id, title, desc, bars, width = 520 }: Props) {
  const height = 200;
  const top = 18;
  const bottom = 40;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = bars.length ? (width - 20) / bars.length : 0;
  const barW = Math.max(2, Math.min(40, step * 0.7));
  const labelEvery = Math.max(1, Math.ceil(bars.length / 8));
  return (
    <svg class="chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" data-chart={id}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <defs>
        <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" class="bar-fill" />
          <circle cx="2.5" cy="2.5" r="1.1" class="bar-dot" />
        </pattern>
      </defs>
      <line x1="10" x2={width - 10} y1={height - bottom} y2={height - bottom} class="axis" />
      {bars.map((b, i) => {
        const h = (b.value / max) * (height - top - bottom);
        const x = 10 + i * step + (step - barW) / 2;
        const y = height - bottom - h;
        return (
          <g key={b.key} data-key={b.key}>
            <rect x={x} y={y} width={barW} height={Math.max(h, b.value ? 1 : 0)} fill={`url(#${id}-dots)`} class="bar" />
            {step >= 18 || b.value === max ? <text x={x + barW / 2} y={y - 4} text-anchor="middle" class="chart-value">{b.value}</text> : null}
            {i % labelEvery === 0 ? <text x={x + barW / 2} y={height - bottom + 16} text-anchor="middle" class="chart-label">{b.label}</text> : null}
          </g>
        );
      })}
    </svg>
  );
}
