import { svgDocument, svgElement, svgText } from './svgElement.ts';

/** What the heat map shows (floats: display only; the exact payoffs are in the JSON report). */
export interface PayoffHeatmapData {
  readonly title: string;
  /** Seat 1's payoff against seat 2: payoff[i][j] for pure strategies i (rows) and j (columns). */
  readonly payoff: readonly (readonly number[])[];
  /** Strategies some equilibrium plays, per seat (marked beside the rows and above the columns). */
  readonly rowEssential: readonly number[];
  readonly colEssential: readonly number[];
}

const SIDE = 560;
const M = { left: 70, top: 70, right: 200, bottom: 60 };
/** A single column (one predictor against a fixed world) is drawn this wide, not SIDE wide. */
const MAX_CELL_WIDTH = 80;
const COLORS = { positive: [214, 39, 40], negative: [31, 119, 180], essential: '#ff7f0e' };

/**
 * The payoff matrix of a discretised predictor game as a heat map (docs/design.md §3 report/: games):
 * red where seat 1 gains, blue where it loses, white at 0; the pure strategies that some equilibrium
 * plays are marked in orange beside the rows and above the columns.
 */
export function payoffHeatmap(data: PayoffHeatmapData): string {
  const rows = data.payoff.length;
  const cols = data.payoff[0]?.length ?? 0;
  const ch = SIDE / Math.max(rows, 1);
  const cw = Math.min(SIDE / Math.max(cols, 1), Math.max(ch, MAX_CELL_WIDTH));
  const width = cols * cw;
  const maxAbs = Math.max(1e-12, ...data.payoff.flat().map(Math.abs));
  const total = M.left + width + M.right;
  const parts: string[] = [svgText({ x: total / 2, y: 30, 'text-anchor': 'middle', 'font-size': 16, 'font-weight': 'bold' }, data.title)];
  data.payoff.forEach((row, i) =>
    row.forEach((v, j) => parts.push(svgElement('rect', { x: M.left + j * cw, y: M.top + i * ch, width: cw + 0.3, height: ch + 0.3, fill: color(v / maxAbs) }))),
  );
  parts.push(svgElement('rect', { x: M.left, y: M.top, width, height: rows * ch, fill: 'none', stroke: 'black' }));
  for (const i of data.rowEssential) parts.push(svgElement('rect', { x: M.left - 10, y: M.top + i * ch, width: 7, height: Math.max(ch, 1.5), fill: COLORS.essential }));
  for (const j of data.colEssential) parts.push(svgElement('rect', { x: M.left + j * cw, y: M.top - 10, width: Math.max(cw, 1.5), height: 7, fill: COLORS.essential }));
  parts.push(...axisLabels(rows, cols, cw, ch), ...legend(M.left + width + 30, M.top, maxAbs));
  return svgDocument(Math.max(total, 520), M.top + SIDE + M.bottom, ...parts);
}

/** White at 0, shading to red (positive) or blue (negative) with |t| in [0, 1]. */
function color(t: number): string {
  const [r, g, b] = t >= 0 ? COLORS.positive : COLORS.negative;
  const s = Math.min(1, Math.abs(t));
  const mix = (c: number) => Math.round(255 + (c - 255) * s);
  return `rgb(${mix(r!)},${mix(g!)},${mix(b!)})`;
}

function axisLabels(rows: number, cols: number, cw: number, ch: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows; i += Math.max(1, Math.ceil(24 / ch))) {
    out.push(svgText({ x: M.left - 14, y: M.top + (i + 0.5) * ch + 4, 'text-anchor': 'end', 'font-size': 11 }, String(i)));
  }
  for (let j = 0; j < cols; j += Math.max(1, Math.ceil(24 / cw))) {
    out.push(svgText({ x: M.left + (j + 0.5) * cw, y: M.top + rows * ch + 16, 'text-anchor': 'middle', 'font-size': 11 }, String(j)));
  }
  const xLabel = cols === 1 ? 'single predictor (no opponent)' : 'seat 2 pure strategy (reports on the grid)';
  out.push(
    svgText({ x: M.left + (cols * cw) / 2, y: M.top + rows * ch + 40, 'text-anchor': 'middle', 'font-size': 13 }, xLabel),
    svgText({ x: 18, y: M.top + (rows * ch) / 2, 'text-anchor': 'middle', 'font-size': 13, transform: `rotate(-90 18 ${M.top + (rows * ch) / 2})` }, 'seat 1 pure strategy'),
  );
  return out;
}

function legend(x: number, y: number, maxAbs: number): string[] {
  const height = 200;
  const out: string[] = [];
  for (let k = 0; k < 40; k++) {
    const t = 1 - (2 * k) / 39;
    out.push(svgElement('rect', { x, y: y + (k * height) / 40, width: 18, height: height / 40 + 0.5, fill: color(t) }));
  }
  const label = (v: number) => (Math.abs(v) >= 0.01 || v === 0 ? v.toFixed(3) : v.toExponential(1));
  out.push(
    svgElement('rect', { x, y, width: 18, height, fill: 'none', stroke: 'black' }),
    svgText({ x: x + 24, y: y + 8, 'font-size': 11 }, `+${label(maxAbs)} (seat 1 gains)`),
    svgText({ x: x + 24, y: y + height / 2 + 4, 'font-size': 11 }, '0'),
    svgText({ x: x + 24, y: y + height, 'font-size': 11 }, `${label(-maxAbs)} (seat 1 loses)`),
    svgElement('rect', { x, y: y + height + 24, width: 18, height: 8, fill: COLORS.essential }),
    svgText({ x: x + 24, y: y + height + 32, 'font-size': 11 }, 'played at some'),
    svgText({ x: x + 24, y: y + height + 46, 'font-size': 11 }, 'equilibrium'),
  );
  return out;
}
