import { svgDocument, svgElement, svgText } from './svgElement.ts';
import { linearScale, niceTicks, tickLabel } from './linearScale.ts';

/** What the plot shows (floats: display only; the exact results are in the text and JSON reports). */
export interface BinaryMapPlotData {
  readonly title: string;
  /** Samples of x in [0, 1] with f(x) and Phi(x) (non-finite Phi, e.g. ln 0, leaves a gap). */
  readonly samples: readonly { readonly x: number; readonly f: number; readonly phi: number }[];
  /** Fixed points: single x or [lo, hi] continua. */
  readonly fixedPoints: readonly (number | readonly [number, number])[];
  /** Optimal reports: x (enclosures by their midpoint) with f(x) and Phi(x). */
  readonly optimal: readonly { readonly x: number; readonly f: number; readonly phi: number }[];
}

const W = 760;
const H = 640;
const M = { left: 78, right: 200, top: 52 };
const PANEL_H = 230;
const GAP = 72;
const COLORS = { f: '#1f77b4', diagonal: '#7f7f7f', phi: '#2ca02c', fixed: '#d62728', optimal: '#ff7f0e', grid: '#e6e6e6' };

/**
 * The binary performative picture (docs/mathematics.md PP-00, docs/design.md §3 report/): top panel f(p) against the
 * diagonal (fixed points where they cross), bottom panel Phi(p) = S(p, f(p)); fixed points (red circles,
 * dotted verticals) and optimal reports (orange diamonds) marked in both, with a legend per panel.
 */
export function binaryMapPlot(data: BinaryMapPlotData): string {
  const x0 = M.left;
  const x1 = W - M.right;
  const sx = linearScale(0, 1, x0, x1);
  const topY = M.top;
  const botY = M.top + PANEL_H + GAP;
  const fy = linearScale(0, 1, topY + PANEL_H, topY);
  const [plo, phi] = phiRange(data);
  const py = linearScale(plo, phi, botY + PANEL_H, botY);
  const clampPhi = (v: number) => Math.max(plo, Math.min(phi, v));

  const parts: string[] = [
    svgText({ x: W / 2 - 60, y: 28, 'text-anchor': 'middle', 'font-size': 17, 'font-weight': 'bold' }, data.title),
    ...axes(sx, fy, topY, x0, x1, niceTicks(0, 1, 5), 'f(p)'),
    ...axes(sx, py, botY, x0, x1, niceTicks(plo, phi, 6), 'Φ(p) = S(p, f(p))'),
    svgText({ x: (x0 + x1) / 2, y: botY + PANEL_H + 44, 'text-anchor': 'middle', 'font-size': 13 }, 'report p = P(first outcome)'),
  ];
  // Fixed points: dotted verticals through both panels, circles on the diagonal, thick diagonal for continua.
  for (const fp of data.fixedPoints) {
    const [a, b] = typeof fp === 'number' ? [fp, fp] : fp;
    for (const x of a === b ? [a] : []) {
      for (const y of [topY, botY]) {
        parts.push(svgElement('line', { x1: sx(x), y1: y, x2: sx(x), y2: y + PANEL_H, stroke: COLORS.fixed, 'stroke-width': 1, 'stroke-dasharray': '3 4', opacity: 0.7 }));
      }
    }
    if (a !== b) parts.push(svgElement('line', { x1: sx(a), y1: fy(a), x2: sx(b), y2: fy(b), stroke: COLORS.fixed, 'stroke-width': 6, opacity: 0.45 }));
  }
  parts.push(svgElement('line', { x1: sx(0), y1: fy(0), x2: sx(1), y2: fy(1), stroke: COLORS.diagonal, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }));
  parts.push(...polylines(data.samples.map((s) => [sx(s.x), fy(s.f)] as const), COLORS.f, 2.5, 0.25 * PANEL_H));
  // Values below the axis (a plunge to -infinity at the ends) are left out rather than flattened onto it.
  const phiPoints = data.samples.map((s) => (Number.isFinite(s.phi) && s.phi >= plo ? ([sx(s.x), py(clampPhi(s.phi))] as const) : undefined));
  parts.push(...polylines(phiPoints, COLORS.phi, 2.5, 0.5 * PANEL_H));
  for (const fp of data.fixedPoints) {
    if (typeof fp === 'number') parts.push(circle(sx(fp), fy(fp), COLORS.fixed));
  }
  for (const o of data.optimal) {
    parts.push(diamond(sx(o.x), fy(o.f), COLORS.optimal));
    if (Number.isFinite(o.phi)) parts.push(diamond(sx(o.x), py(clampPhi(o.phi)), COLORS.optimal));
  }
  parts.push(
    legend(x1 + 18, topY + 8, [
      ['line', COLORS.f, 'f(p)'],
      ['dash', COLORS.diagonal, 'diagonal f(p) = p'],
      ['circle', COLORS.fixed, data.fixedPoints.length ? 'fixed point' : 'fixed point (none)'],
      ['diamond', COLORS.optimal, 'optimal report'],
    ]),
    legend(x1 + 18, botY + 8, [
      ['line', COLORS.phi, 'Φ(p) = S(p, f(p))'],
      ['dots', COLORS.fixed, data.fixedPoints.length ? 'fixed point' : 'fixed point (none)'],
      ['diamond', COLORS.optimal, 'optimal report'],
    ]),
  );
  return svgDocument(W, H, ...parts);
}

/** The Phi axis: all finite samples, but a log-type plunge to -infinity at the ends does not flatten the rest. */
function phiRange(data: BinaryMapPlotData): [number, number] {
  const values = data.samples.map((s) => s.phi).filter(Number.isFinite).sort((a, b) => a - b);
  if (!values.length) return [0, 1];
  const top = values[values.length - 1]!;
  const median = values[Math.floor(values.length / 2)]!;
  // Show the whole curve unless a plunge (towards ln 0 = -infinity) would squash the rest of it.
  const spread = Math.max(top - median, 1e-9);
  const lo = top - values[0]! > 10 * spread ? top - 4 * spread : values[0]!;
  const pad = (top - lo) * 0.08 || 0.5;
  return [lo - pad, top + pad];
}

function axes(sx: (v: number) => number, sy: (v: number) => number, top: number, x0: number, x1: number, yTicks: readonly number[], yLabel: string): string[] {
  const bottom = top + PANEL_H;
  const xTicks = niceTicks(0, 1, 5);
  const out: string[] = [];
  for (const t of yTicks) {
    const y = sy(t);
    if (y < top - 0.5 || y > bottom + 0.5) continue;
    out.push(svgElement('line', { x1: x0, y1: y, x2: x1, y2: y, stroke: COLORS.grid }));
    out.push(svgText({ x: x0 - 8, y: y + 4, 'text-anchor': 'end', 'font-size': 12 }, tickLabel(t, yTicks)));
  }
  for (const t of xTicks) {
    out.push(svgElement('line', { x1: sx(t), y1: top, x2: sx(t), y2: bottom, stroke: COLORS.grid }));
    out.push(svgElement('line', { x1: sx(t), y1: bottom, x2: sx(t), y2: bottom + 5, stroke: 'black' }));
    out.push(svgText({ x: sx(t), y: bottom + 19, 'text-anchor': 'middle', 'font-size': 12 }, tickLabel(t, xTicks)));
  }
  out.push(svgElement('rect', { x: x0, y: top, width: x1 - x0, height: PANEL_H, fill: 'none', stroke: 'black' }));
  const cy = top + PANEL_H / 2;
  out.push(svgText({ x: 22, y: cy, 'text-anchor': 'middle', 'font-size': 13, transform: `rotate(-90 22 ${cy})` }, yLabel));
  return out;
}

/** Polylines through the points, broken at gaps (undefined) and at jumps taller than `jump` pixels. */
function polylines(points: readonly (readonly [number, number] | undefined)[], color: string, width: number, jump: number): string[] {
  const runs: (readonly [number, number])[][] = [];
  let run: (readonly [number, number])[] = [];
  for (const p of points) {
    const prev = run[run.length - 1];
    if (!p || (prev && Math.abs(p[1] - prev[1]) > jump)) {
      if (run.length) runs.push(run);
      run = p ? [p] : [];
    } else run.push(p);
  }
  if (run.length) runs.push(run);
  return runs.map((r) =>
    svgElement('polyline', { points: r.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' '), fill: 'none', stroke: color, 'stroke-width': width, 'stroke-linejoin': 'round' }),
  );
}

function circle(x: number, y: number, color: string): string {
  return svgElement('circle', { cx: x, cy: y, r: 6, fill: 'white', stroke: color, 'stroke-width': 2.5 });
}

function diamond(x: number, y: number, color: string): string {
  const s = 7;
  return svgElement('polygon', { points: `${x},${y - s} ${x + s},${y} ${x},${y + s} ${x - s},${y}`, fill: color, stroke: 'black', 'stroke-width': 1 });
}

function legend(x: number, y: number, items: readonly (readonly ['line' | 'dash' | 'dots' | 'circle' | 'diamond', string, string])[]): string {
  const rows = items.map(([kind, color, label], i) => {
    const cy = y + 14 + i * 22;
    const mark =
      kind === 'circle' ? circle(x + 14, cy, color)
      : kind === 'diamond' ? diamond(x + 14, cy, color)
      : svgElement('line', { x1: x, y1: cy, x2: x + 28, y2: cy, stroke: color, 'stroke-width': kind === 'line' ? 2.5 : 1.5, 'stroke-dasharray': kind === 'dash' ? '6 4' : kind === 'dots' ? '3 4' : undefined });
    return mark + svgText({ x: x + 36, y: cy + 4, 'font-size': 12 }, label);
  });
  const box = svgElement('rect', { x: x - 8, y, width: 178, height: items.length * 22 + 8, fill: 'white', stroke: '#bbbbbb', rx: 4 });
  return box + rows.join('');
}
