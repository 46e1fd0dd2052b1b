// A horizontal bar chart as accessible SVG: role="img" named by its <title> and <desc>; every bar
// carries its label and its number as text, and a hatch pattern, so colour carries nothing alone.

import type { Bar } from './chart-data';

interface Props {
  id: string;
  title: string;
  desc: string;
  bars: readonly Bar[];
  width?: number;
}

const ROW = 26;
const LABEL_W = 230;

export function BarChart({ id, title, desc, bars, width = 520 }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = width - LABEL_W - 56;
  const height = Math.max(ROW, bars.length * ROW) + 8;
  return (
    <svg class="chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" data-chart={id}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" class="bar-fill" />
          <line x1="0" y1="0" x2="0" y2="6" class="bar-hatch" stroke-width="2" />
        </pattern>
      </defs>
      {bars.map((b, i) => {
        const y = 4 + i * ROW;
        const w = Math.max(2, (b.value / max) * plot);
        return (
          <g key={b.key} data-key={b.key}>
            <text x={LABEL_W - 8} y={y + ROW / 2 + 4} text-anchor="end" class="chart-label">
              {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
            </text>
            <rect x={LABEL_W} y={y + 3} width={w} height={ROW - 8} fill={`url(#${id}-hatch)`} class="bar" />
            <text x={LABEL_W + w + 6} y={y + ROW / 2 + 4} class="chart-value">{b.value}</text>
          </g>
        );
      })}
    </svg>
  );
}
