import { linearScale, niceTicks, tickLabel } from './linearScale.ts';
import { svgDocument, svgElement, svgText } from './svgElement.ts';

const W = 640;
const H = 380;
const M = { left: 64, right: 24, top: 48, bottom: 60 };

/**
 * A histogram of values (floats: display only; the statistics beside it are the certified ones), with
 * `bins` equal bins over [min, max] and optional vertical markers (e.g. the mean and the median).
 */
export function histogram(chart: {
  readonly title: string;
  readonly xLabel: string;
  readonly values: readonly number[];
  readonly bins?: number;
  readonly markers?: readonly { readonly label: string; readonly x: number; readonly color: string }[];
}): string {
  const values = chart.values.filter(Number.isFinite);
  const bins = chart.bins ?? Math.max(5, Math.min(40, Math.ceil(Math.sqrt(values.length))));
  const lo = values.length ? Math.min(...values) : 0;
  const hi0 = values.length ? Math.max(...values) : 1;
  const hi = hi0 > lo ? hi0 : lo + 1;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor(((v - lo) / (hi - lo)) * bins))]! += 1;
  const top = Math.max(1, ...counts);
  const sx = linearScale(lo, hi, M.left, W - M.right);
  const sy = linearScale(0, top, H - M.bottom, M.top);
  const xt = niceTicks(lo, hi, 6);
  const yt = niceTicks(0, top, 5).filter((v) => Number.isInteger(v));
  const width = (W - M.left - M.right) / bins;
  const parts = [
    svgText({ x: W / 2, y: 26, 'text-anchor': 'middle', 'font-size': 16, 'font-weight': 'bold' }, chart.title),
    ...yt.map((v) => svgElement('line', { x1: M.left, y1: sy(v), x2: W - M.right, y2: sy(v), stroke: '#e6e6e6' })),
    ...yt.map((v) => svgText({ x: M.left - 8, y: sy(v) + 4, 'text-anchor': 'end', 'font-size': 12 }, String(v))),
    ...counts.map((c, i) => svgElement('rect', { x: M.left + i * width + 0.5, y: sy(c), width: Math.max(0, width - 1), height: H - M.bottom - sy(c), fill: '#4a78b5' })),
    ...xt.filter((v) => v >= lo && v <= hi).map((v) => svgText({ x: sx(v), y: H - M.bottom + 18, 'text-anchor': 'middle', 'font-size': 12 }, tickLabel(v, xt))),
    svgElement('line', { x1: M.left, y1: H - M.bottom, x2: W - M.right, y2: H - M.bottom, stroke: '#444' }),
    svgText({ x: W / 2, y: H - 16, 'text-anchor': 'middle', 'font-size': 13 }, `${chart.xLabel} (${values.length} instances, ${bins} bins)`),
    svgText({ x: 18, y: (H - M.bottom + M.top) / 2, 'text-anchor': 'middle', 'font-size': 13, transform: `rotate(-90 18 ${(H - M.bottom + M.top) / 2})` }, 'instances'),
  ];
  (chart.markers ?? []).forEach((m, i) => {
    parts.push(svgElement('line', { x1: sx(m.x), y1: M.top, x2: sx(m.x), y2: H - M.bottom, stroke: m.color, 'stroke-width': 2, 'stroke-dasharray': '6 3' }));
    parts.push(svgText({ x: W - M.right - 4, y: M.top + 14 + 16 * i, 'text-anchor': 'end', 'font-size': 12, fill: m.color }, `${m.label} ${m.x.toPrecision(4)}`));
  });
  return svgDocument(W, H, ...parts);
}
