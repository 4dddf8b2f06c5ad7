import { svgDocument, svgElement, svgText } from './svgElement.ts';

/** How the pure strategies are named on the axes: by their reports (a predictor game), else by index. */
export interface StrategyAxis {
  /** One label per pure strategy (the caller keeps them short: thinned here when they crowd). */
  readonly labels: readonly string[];
  /** What a label shows, e.g. "P(outcome 0) per action", for the axis title. */
  readonly reading: string;
  /** The honest strategies (truthful reports; fixed points): marked on the axis, their labels always shown. */
  readonly honest: readonly number[];
  /** What honest means here, for the legend (e.g. "truthful reports"). */
  readonly honestMeaning?: string;
}

/** What the heat map shows (floats: display only; the exact payoffs are in the JSON report). */
export interface PayoffHeatmapData {
  readonly title: string;
  /** Seat 1's payoff against seat 2: payoff[i][j] for pure strategies i (rows) and j (columns). */
  readonly payoff: readonly (readonly number[])[];
  /** Strategies some equilibrium plays, per seat (marked beside the rows and above the columns). */
  readonly rowEssential: readonly number[];
  readonly colEssential: readonly number[];
  /** Labels of seat 1's (rows) and seat 2's (columns) strategies; absent: their indices (a plain matrix game). */
  readonly rows?: StrategyAxis;
  readonly cols?: StrategyAxis;
}

const SIDE = 560;
const M = { top: 70, right: 220 };
/** A single column (one predictor against a fixed world) is drawn this wide, not SIDE wide. */
const MAX_CELL_WIDTH = 80;
const COLORS = { positive: [214, 39, 40], negative: [31, 119, 180], essential: '#ff7f0e', honest: '#000000' };
/** Axis labels: font size, an upper bound of a character's width at that size, the spacing labels need. */
const FONT = 10;
const CHAR = 5.6;
const LINE = 12;

/**
 * The payoff matrix of a discretised predictor game as a heat map (docs/design.md §9): red where seat 1
 * gains, blue where it loses, white at 0; the pure strategies that some equilibrium plays are marked in
 * orange beside the rows and above the columns; the honest strategy is outlined in black and its labels
 * are bold. Rows and columns are labelled by their reports (thinned where they would overlap), or by
 * index for a plain matrix game.
 */
export function payoffHeatmap(data: PayoffHeatmapData): string {
  const rows = data.payoff.length;
  const cols = data.payoff[0]?.length ?? 0;
  const rowAxis = data.rows ?? indexAxis(rows);
  const colAxis = data.cols ?? indexAxis(cols);
  const left = Math.max(70, 40 + longest(rowAxis) * CHAR);
  const vertical = cols > 1 && longest(colAxis) > 3;
  const bottom = 50 + (vertical ? longest(colAxis) * CHAR : 10);
  const ch = SIDE / Math.max(rows, 1);
  const cw = Math.min(SIDE / Math.max(cols, 1), Math.max(ch, MAX_CELL_WIDTH));
  const width = cols * cw;
  const grid = { left, ch, cw, height: rows * ch, width };
  const maxAbs = Math.max(1e-12, ...data.payoff.flat().map(Math.abs));
  const total = left + width + M.right;
  const parts: string[] = [svgText({ x: total / 2, y: 30, 'text-anchor': 'middle', 'font-size': 16, 'font-weight': 'bold' }, data.title)];
  data.payoff.forEach((row, i) =>
    row.forEach((v, j) => parts.push(svgElement('rect', { x: left + j * cw, y: M.top + i * ch, width: cw + 0.3, height: ch + 0.3, fill: color(v / maxAbs) }))),
  );
  parts.push(svgElement('rect', { x: left, y: M.top, width, height: rows * ch, fill: 'none', stroke: 'black' }));
  for (const i of data.rowEssential) parts.push(svgElement('rect', { x: left - 10, y: M.top + i * ch, width: 7, height: Math.max(ch, 1.5), fill: COLORS.essential }));
  for (const j of data.colEssential) parts.push(svgElement('rect', { x: left + j * cw, y: M.top - 10, width: Math.max(cw, 1.5), height: 7, fill: COLORS.essential }));
  parts.push(...honestOutlines(grid, rowAxis.honest, cols > 1 ? colAxis.honest : []));
  // A single column is the world a lone predictor faces: the axis title says so, it has no strategy labels.
  parts.push(...rowLabels(grid, rowAxis), ...(cols > 1 ? colLabels(grid, colAxis, vertical) : []), ...axisTitles(grid, rowAxis, colAxis, cols, bottom));
  parts.push(...legend(left + width + 30, M.top, maxAbs, rowAxis.honest.length > 0 ? rowAxis.honestMeaning ?? 'honest' : undefined));
  return svgDocument(Math.max(total, 520), M.top + grid.height + bottom, ...parts);
}

interface Grid {
  readonly left: number;
  readonly ch: number;
  readonly cw: number;
  readonly height: number;
  readonly width: number;
}

function indexAxis(n: number): StrategyAxis {
  return { labels: Array.from({ length: n }, (_, i) => String(i)), reading: 'index', honest: [] };
}

function longest(axis: StrategyAxis): number {
  return Math.max(1, ...axis.labels.map((l) => l.length));
}

/** White at 0, shading to red (positive) or blue (negative) with |t| in [0, 1]. */
function color(t: number): string {
  const [r, g, b] = t >= 0 ? COLORS.positive : COLORS.negative;
  const s = Math.min(1, Math.abs(t));
  const mix = (c: number) => Math.round(255 + (c - 255) * s);
  return `rgb(${mix(r!)},${mix(g!)},${mix(b!)})`;
}

/** The honest row and column outlined across the whole matrix. */
function honestOutlines(g: Grid, rows: readonly number[], cols: readonly number[]): string[] {
  const outline = { fill: 'none', stroke: COLORS.honest, 'stroke-width': 1.5, class: 'honest' };
  return [
    ...rows.map((i) => svgElement('rect', { x: g.left, y: M.top + i * g.ch, width: g.width, height: g.ch, ...outline })),
    ...cols.map((j) => svgElement('rect', { x: g.left + j * g.cw, y: M.top, width: g.cw, height: g.height, ...outline })),
  ];
}

/**
 * The strategies whose labels are drawn: every `step`-th one where they would crowd (cells narrower than
 * a line), and every honest one, which pushes out the thinned labels too close to it.
 */
export function shownLabels(count: number, cell: number, honest: readonly number[]): number[] {
  const step = Math.max(1, Math.ceil(LINE / cell));
  const near = (i: number) => honest.some((h) => h !== i && Math.abs(h - i) * cell < LINE);
  const regular = Array.from({ length: count }, (_, i) => i).filter((i) => i % step === 0 && !honest.includes(i) && !near(i));
  return [...regular, ...honest.filter((h) => h < count)].sort((a, b) => a - b);
}

function rowLabels(g: Grid, axis: StrategyAxis): string[] {
  return shownLabels(axis.labels.length, g.ch, axis.honest).map((i) =>
    svgText({ x: g.left - 14, y: M.top + (i + 0.5) * g.ch + FONT / 3, 'text-anchor': 'end', 'font-size': FONT, class: 'row-label', ...(axis.honest.includes(i) ? { 'font-weight': 'bold' } : {}) }, axis.labels[i]!),
  );
}

function colLabels(g: Grid, axis: StrategyAxis, vertical: boolean): string[] {
  const y = M.top + g.height + 8;
  return shownLabels(axis.labels.length, g.cw, axis.honest).map((j) => {
    const x = g.left + (j + 0.5) * g.cw;
    const bold = axis.honest.includes(j) ? { 'font-weight': 'bold' } : {};
    return vertical
      ? svgText({ x: x + FONT / 3, y, 'text-anchor': 'end', 'font-size': FONT, class: 'col-label', transform: `rotate(-90 ${round(x + FONT / 3)} ${round(y)})`, ...bold }, axis.labels[j]!)
      : svgText({ x, y: y + FONT, 'text-anchor': 'middle', 'font-size': FONT, class: 'col-label', ...bold }, axis.labels[j]!);
  });
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function axisTitles(g: Grid, rows: StrategyAxis, cols: StrategyAxis, count: number, bottom: number): string[] {
  const xTitle = count === 1 ? 'single predictor (no opponent)' : `seat 2 pure strategy (${cols.reading})`;
  const mid = M.top + g.height / 2;
  return [
    svgText({ x: g.left + g.width / 2, y: M.top + g.height + bottom - 12, 'text-anchor': 'middle', 'font-size': 13 }, xTitle),
    svgText({ x: 18, y: mid, 'text-anchor': 'middle', 'font-size': 13, transform: `rotate(-90 18 ${round(mid)})` }, `seat 1 pure strategy (${rows.reading})`),
  ];
}

function legend(x: number, y: number, maxAbs: number, honest: string | undefined): string[] {
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
  if (honest !== undefined) {
    out.push(
      svgElement('rect', { x, y: y + height + 60, width: 18, height: 8, fill: 'none', stroke: COLORS.honest, 'stroke-width': 1.5 }),
      svgText({ x: x + 24, y: y + height + 68, 'font-size': 11 }, 'honest (bold label):'),
      svgText({ x: x + 24, y: y + height + 82, 'font-size': 11 }, honest),
    );
  }
  return out;
}
