import type { ScaledLp } from './ScaledLp.ts';

type Highs = { solve(lp: string, options?: Record<string, unknown>): any };
let loader: Promise<Highs> | undefined;

/** The HiGHS WebAssembly module, loaded once per process. */
export function loadHighs(): Promise<Highs> {
  loader ??= import('highs').then((m) => (m.default as unknown as () => Promise<Highs>)());
  return loader;
}

/** A basis proposed by the float solver: basic structural columns and tight (non-basic) rows. */
export interface ProposedBasis {
  readonly basicColumns: readonly number[];
  readonly tightRows: readonly number[];
  readonly floatMs: number;
}

/**
 * Solves the LP in floating point with HiGHS and returns its optimal basis, or undefined when HiGHS does
 * not report an optimal square basis. Nothing here decides a result: the basis is only a proposal that
 * the exact certificate accepts or rejects. Interior point + crossover is the fastest route to a basis
 * on the dense game LPs (measured: 1.3 s vs 4-5.6 s for simplex at 400 strategies).
 */
export async function highsBasis(lp: ScaledLp): Promise<ProposedBasis | undefined> {
  const highs = await loadHighs();
  const text = lpText(lp);
  const t0 = performance.now();
  const big = lp.c.length * lp.b.length > 2500;
  let res;
  try {
    res = highs.solve(text, { solver: big ? 'ipm' : 'simplex', run_crossover: 'on', output_flag: false });
  } catch {
    return undefined; // a failing float solver only means no proposal: the exact simplex takes over
  }
  const floatMs = performance.now() - t0;
  if (res.Status !== 'Optimal') return undefined;
  const basicColumns: number[] = [];
  for (let j = 0; j < lp.c.length; j++) if (res.Columns[`x${j}`]?.Status === 'BS') basicColumns.push(j);
  const tightRows = lp.b.flatMap((_, r) => (res.Rows[r]?.Status === 'BS' ? [] : [r]));
  return basicColumns.length === tightRows.length ? { basicColumns, tightRows, floatMs } : undefined;
}

/** CPLEX LP text with float coefficients (the exact data stay in the certificate). */
export function lpText(lp: ScaledLp): string {
  const terms = (cs: readonly number[]): string => {
    const t = cs.flatMap((v, j) => (v === 0 ? [] : [`${v < 0 ? '-' : '+'} ${Math.abs(v)} x${j}`]));
    return t.length === 0 ? '0 x0' : t.join(' ');
  };
  const rows = lp.a.map((row, i) => {
    const f = toFloats([...row, lp.b[i]!]);
    return ` r${i}: ${terms(f.slice(0, -1))} ${lp.sense[i]} ${f[f.length - 1]}`;
  });
  return ['Maximize', ` obj: ${terms(toFloats(lp.c))}`, 'Subject To', ...rows, 'End', ''].join('\n');
}

/** Integers as floats; a row with huge entries is first divided by a power of 2 (same constraint). */
function toFloats(v: readonly bigint[]): number[] {
  const bits = v.reduce((mx, x) => Math.max(mx, (x < 0n ? -x : x).toString(16).length * 4), 0);
  const shift = BigInt(Math.max(0, bits - 900));
  return v.map((x) => Number(shift === 0n ? x : x >> shift));
}
