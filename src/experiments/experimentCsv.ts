import { decimalString } from '../numbers/decimalString.ts';
import { Rational } from '../numbers/Rational.ts';
import { quantityInfo, type QuantityName } from './quantities.ts';
import type { InstanceResult, QuantityValue } from './QuantityValue.ts';

/**
 * One row per instance (RFC 4180 quoting): instance, status, then per quantity its decimal value (12
 * significant digits; the midpoint of the enclosure when not exact) and, for numbers, the exact value
 * ("n/d", or sqrt(n/d) for a root of an exact square) and the certified bounds lo, hi; then notes
 * (undecided or unavailable quantities, a failure's message) and the instance itself as exact JSON.
 */
export function experimentCsv(quantities: readonly QuantityName[], results: readonly InstanceResult[]): string {
  const header = ['instance', 'status', ...quantities.flatMap((q) => (quantityInfo(q).type === 'number' ? [q, `${q}_exact`, `${q}_lo`, `${q}_hi`] : [q])), 'notes', 'input'];
  const rows = results.map((r) => {
    if (!r.ok) return [String(r.instance), 'failed', ...quantities.flatMap((q) => blanks(q)), r.error, JSON.stringify(r.input)];
    const notes = quantities.flatMap((q) => {
      const v = r.values[q];
      return v?.kind === 'undecided' || v?.kind === 'unavailable' ? [`${q} ${v.kind}: ${v.reason}`] : [];
    });
    return [String(r.instance), 'ok', ...quantities.flatMap((q) => cells(q, r.values[q])), notes.join('; '), JSON.stringify(r.input)];
  });
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

function cells(q: QuantityName, v: QuantityValue | undefined): string[] {
  if (quantityInfo(q).type !== 'number') return [v?.kind === 'boolean' || v?.kind === 'category' ? String(v.value) : ''];
  if (v?.kind !== 'number') return blanks(q);
  const [lo, hi] = [Rational.of(v.lo), Rational.of(v.hi)];
  const exact = v.exact ?? (v.square ? `sqrt(${v.square})` : '');
  return [decimalString(lo.add(hi).div(Rational.of(2)), 12).text, exact, v.lo, v.hi];
}

function blanks(q: QuantityName): string[] {
  return quantityInfo(q).type === 'number' ? ['', '', '', ''] : [''];
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
