import { linearScale, niceTicks, tickLabel } from './linearScale.ts';
import { svgDocument, svgElement, svgText } from './svgElement.ts';

/** A named curve; points with a non-finite y leave a gap. */
export interface Series {
  readonly name: string;
  readonly color: string;
  readonly points: readonly (readonly [number, number])[];
}

const W = 720;
const H = 420;
const M = { left: 78, right: 170, top: 52, bottom: 64 };

/** A plain line chart with axes, ticks and a legend (floats: display only). */
export function lineChart(chart: { readonly title: string; readonly xLabel: string; readonly yLabel: string; readonly series: readonly Series[] }): string {
  const finite = chart.series.flatMap((s) => s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)));
  const xs = finite.map(([x]) => x);
  const ys = finite.map(([, y]) => y);
  const [xlo, xhi] = span(xs);
  const [ylo, yhi] = span(ys);
  const sx = linearScale(xlo, xhi, M.left, W - M.right);
  const sy = linearScale(ylo, yhi, H - M.bottom, M.top);
  const xt = niceTicks(xlo, xhi, 5);
  const yt = niceTicks(ylo, yhi, 6);
  const parts = [
    svgText({ x: (W - M.right + M.left) / 2, y: 28, 'text-anchor': 'middle', 'font-size': 17, 'font-weight': 'bold' }, chart.title),
    ...yt.map((v) => svgElement('line', { x1: M.left, y1: sy(v), x2: W - M.right, y2: sy(v), stroke: '#e6e6e6' })),
    ...yt.map((v) => svgText({ x: M.left - 8, y: sy(v) + 4, 'text-anchor': 'end', 'font-size': 12 }, tickLabel(v, yt))),
    ...xt.map((v) => svgText({ x: sx(v), y: H - M.bottom + 18, 'text-anchor': 'middle', 'font-size': 12 }, tickLabel(v, xt))),
    svgElement('rect', { x: M.left, y: M.top, width: W - M.right - M.left, height: H - M.bottom - M.top, fill: 'none', stroke: '#444' }),
    svgText({ x: (W - M.right + M.left) / 2, y: H - 18, 'text-anchor': 'middle', 'font-size': 13 }, chart.xLabel),
    svgText({ x: 20, y: (H - M.bottom + M.top) / 2, 'text-anchor': 'middle', 'font-size': 13, transform: `rotate(-90 20 ${(H - M.bottom + M.top) / 2})` }, chart.yLabel),
  ];
  chart.series.forEach((s, i) => {
    for (const run of runsOf(s.points)) parts.push(svgElement('polyline', { points: run.map(([x, y]) => `${sx(x).toFixed(2)},${sy(y).toFixed(2)}`).join(' '), fill: 'none', stroke: s.color, 'stroke-width': 2.5 }));
    const ly = M.top + 14 + 22 * i;
    parts.push(svgElement('line', { x1: W - M.right + 14, y1: ly, x2: W - M.right + 38, y2: ly, stroke: s.color, 'stroke-width': 3 }));
    parts.push(svgText({ x: W - M.right + 44, y: ly + 4, 'font-size': 13 }, s.name));
  });
  return svgDocument(W, H, ...parts);
}

function span(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** The maximal stretches of finite points. */
function runsOf(points: readonly (readonly [number, number])[]): (readonly [number, number])[][] {
  const runs: (readonly [number, number])[][] = [[]];
  for (const p of points) {
    if (Number.isFinite(p[0]) && Number.isFinite(p[1])) runs[runs.length - 1]!.push(p);
    else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  }
  return runs.filter((r) => r.length > 1);
}
