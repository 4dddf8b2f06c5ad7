import { linearScale, niceTicks, tickLabel } from './linearScale.ts';
import { svgDocument, svgElement, svgText } from './svgElement.ts';
import type { Rational } from '../../numbers/Rational.ts';
import type { TrainingRun } from '../../training/TrainingRun.ts';

const W = 820;
const PANEL_H = 220;
const M = { left: 78, right: 230, top: 56, gap: 78 };
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const DASHES = [undefined, '7 4', '2 3', '10 3 2 3'];

/**
 * The training picture (floats for display only, exact numbers are in the text and JSON reports), drawn from
 * the run's sampled trajectory (every k-th step: a long run is a few hundred points, not one per step):
 * top panel the reports p_t(y|a) per step (colour = action, dash = outcome; the last outcome is implied by the
 * others and omitted), the truth q(y|a) as a thin dotted line in the action's colour; bottom panel the
 * principal's true expected utility EU(q_a) of the action it takes at each step, with the best action's as a
 * dashed reference and a marker at the certified convergence step.
 */
export function trajectoryPlot(title: string, run: TrainingRun, truth: readonly (readonly Rational[])[], best: Rational): string {
  const steps = run.trajectory.map((s) => s.step);
  const last = Math.max(1, steps[steps.length - 1] ?? 1);
  const x0 = M.left;
  const x1 = W - M.right;
  const sx = linearScale(0, last, x0, x1);
  const topY = M.top;
  const botY = topY + PANEL_H + M.gap;
  const py = linearScale(0, 1, topY + PANEL_H, topY);
  const utilities = run.trajectory.map((s) => s.principalUtility.toNumber());
  const uLo = Math.min(...utilities, best.toNumber());
  const uHi = Math.max(...utilities, best.toNumber());
  const pad = (uHi - uLo) * 0.12 || 0.5;
  const uy = linearScale(uLo - pad, uHi + pad, botY + PANEL_H, botY);
  const xTicks = niceTicks(0, last, 6).filter((t) => Number.isInteger(t));
  const parts: string[] = [
    svgText({ x: (x0 + x1) / 2, y: 30, 'text-anchor': 'middle', 'font-size': 17, 'font-weight': 'bold' }, title),
    ...frame(sx, py, topY, xTicks, niceTicks(0, 1, 5), 'report p(y | a)'),
    ...frame(sx, uy, botY, xTicks, niceTicks(uLo - pad, uHi + pad, 5), "principal's utility"),
    svgText({ x: (x0 + x1) / 2, y: botY + PANEL_H + 42, 'text-anchor': 'middle', 'font-size': 13 }, 'training step'),
  ];
  const legend: [string, string | undefined, string][] = [];
  truth.forEach((q, a) => {
    const color = COLORS[a % COLORS.length]!;
    q.slice(0, Math.max(1, q.length - 1)).forEach((qy, y) => {
      const dash = DASHES[y % DASHES.length];
      parts.push(svgElement('line', { x1: x0, y1: py(qy.toNumber()), x2: x1, y2: py(qy.toNumber()), stroke: color, 'stroke-width': 1.5, 'stroke-dasharray': '2 3', opacity: 0.9 }));
      const points = run.trajectory.map((s) => `${sx(s.step).toFixed(2)},${py(s.reports[a]![y]!.toNumber()).toFixed(2)}`).join(' ');
      parts.push(svgElement('polyline', { points, fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': dash, 'stroke-linejoin': 'round' }));
      legend.push([color, dash, `p(y=${y} | a=${a})`]);
    });
  });
  parts.push(...legendBox(x1 + 18, topY + 6, [...legend, ['#555', '2 3', 'truth q(y | a)']]));
  // Principal's utility: a step function (the action is constant between steps).
  const stair = run.trajectory.flatMap((s, i) => {
    const next = run.trajectory[i + 1]?.step ?? s.step;
    const y = uy(s.principalUtility.toNumber()).toFixed(2);
    return [`${sx(s.step).toFixed(2)},${y}`, `${sx(next).toFixed(2)},${y}`];
  });
  parts.push(svgElement('line', { x1: x0, y1: uy(best.toNumber()), x2: x1, y2: uy(best.toNumber()), stroke: '#7f7f7f', 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }));
  parts.push(svgElement('polyline', { points: stair.join(' '), fill: 'none', stroke: '#ff7f0e', 'stroke-width': 2.5 }));
  const c = run.convergence;
  // Certified convergence, or (red) the step where the certified tier left the principal's action open.
  const mark = c.kind === 'none' ? undefined : c.step;
  const markColor = c.kind === 'undecided' ? '#d62728' : '#2ca02c';
  const markLabel = c.kind === 'undecided' ? `undecided (step ${mark})` : `converged (step ${mark})`;
  if (mark !== undefined) {
    for (const top of [topY, botY]) parts.push(svgElement('line', { x1: sx(mark), y1: top, x2: sx(mark), y2: top + PANEL_H, stroke: markColor, 'stroke-width': 1.5, 'stroke-dasharray': '3 3' }));
  }
  parts.push(
    ...legendBox(x1 + 18, botY + 6, [
      ['#ff7f0e', undefined, 'EU of the action taken'],
      ['#7f7f7f', '6 4', 'EU of the best action'],
      ...(mark !== undefined ? ([[markColor, '3 3', markLabel]] as [string, string, string][]) : []),
    ]),
  );
  return svgDocument(W, botY + PANEL_H + 60, ...parts);
}

function frame(sx: (v: number) => number, sy: (v: number) => number, top: number, xTicks: readonly number[], yTicks: readonly number[], label: string): string[] {
  const x0 = M.left;
  const x1 = W - M.right;
  const bottom = top + PANEL_H;
  const out: string[] = [];
  for (const t of yTicks) {
    const y = sy(t);
    if (y < top - 0.5 || y > bottom + 0.5) continue;
    out.push(svgElement('line', { x1: x0, y1: y, x2: x1, y2: y, stroke: '#e6e6e6' }));
    out.push(svgText({ x: x0 - 8, y: y + 4, 'text-anchor': 'end', 'font-size': 12 }, tickLabel(t, yTicks)));
  }
  for (const t of xTicks) {
    out.push(svgElement('line', { x1: sx(t), y1: bottom, x2: sx(t), y2: bottom + 5, stroke: 'black' }));
    out.push(svgText({ x: sx(t), y: bottom + 19, 'text-anchor': 'middle', 'font-size': 12 }, String(t)));
  }
  out.push(svgElement('rect', { x: x0, y: top, width: x1 - x0, height: PANEL_H, fill: 'none', stroke: 'black' }));
  const cy = top + PANEL_H / 2;
  out.push(svgText({ x: 24, y: cy, 'text-anchor': 'middle', 'font-size': 13, transform: `rotate(-90 24 ${cy})` }, label));
  return out;
}

function legendBox(x: number, y: number, rows: readonly [string, string | undefined, string][]): string[] {
  return rows.flatMap(([color, dash, text], i) => [
    svgElement('line', { x1: x, y1: y + 10 + i * 22, x2: x + 30, y2: y + 10 + i * 22, stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': dash }),
    svgText({ x: x + 38, y: y + 14 + i * 22, 'font-size': 12 }, text),
  ]);
}
