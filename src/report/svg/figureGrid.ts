import { svgDocument, svgElement } from './svgElement.ts';

/** Standalone SVG documents laid out in one SVG, `columns` per row (each keeps its own viewBox). */
export function figureGrid(figures: readonly string[], columns = 2): string {
  const sizes = figures.map((svg) => {
    const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
    return m ? [Number(m[1]), Number(m[2])] : [640, 380];
  });
  const cellW = Math.max(1, ...sizes.map(([w]) => w!));
  const cellH = Math.max(1, ...sizes.map(([, h]) => h!));
  const rows = Math.ceil(figures.length / columns);
  const parts = figures.map((svg, i) => {
    const inner = svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg /, `<svg x="${(i % columns) * cellW}" y="${Math.floor(i / columns) * cellH}" `);
    return svgElement('g', {}, inner);
  });
  return svgDocument(cellW * Math.min(columns, figures.length || 1), cellH * Math.max(1, rows), ...parts);
}
