import type { ExperimentDocument } from '../experiments/experimentDocument.ts';
import type { InstanceResult } from '../experiments/QuantityValue.ts';
import { Rational } from '../numbers/Rational.ts';
import { histogram } from './svg/histogram.ts';

/**
 * One SVG histogram per numeric quantity of an experiment (the value of each instance: exact, or the
 * midpoint of its certified enclosure; floats for drawing only), with the mean and median marked.
 */
export function experimentFigures(doc: ExperimentDocument, results: readonly InstanceResult[]): { quantity: string; svg: string }[] {
  return Object.entries(doc.quantities).map(([quantity, s]) => {
    const values = results.flatMap((r) => {
      const v = r.ok ? r.values[quantity] : undefined;
      return v?.kind === 'number' ? [Rational.of(v.lo).add(Rational.of(v.hi)).div(Rational.of(2)).toNumber()] : [];
    });
    const svg = histogram({
      title: `${doc.experiment}: ${quantity}`,
      xLabel: quantity,
      values,
      markers: [
        { label: 'mean', x: s.mean, color: '#b22222' },
        { label: 'median', x: s.median, color: '#2e7d32' },
      ],
    });
    return { quantity, svg };
  });
}
