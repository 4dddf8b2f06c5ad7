/** Attribute values: numbers are rounded to 2 decimals (pixels), strings are escaped. */
export type SvgAttributes = Readonly<Record<string, string | number | undefined>>;

/** One SVG element as text; children are already-rendered elements or escaped text. */
export function svgElement(name: string, attributes: SvgAttributes, ...children: readonly string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? formatNumber(v) : v!)}"`)
    .join('');
  return children.length ? `<${name}${attrs}>${children.join('')}</${name}>` : `<${name}${attrs}/>`;
}

/** A text element (content escaped). */
export function svgText(attributes: SvgAttributes, text: string): string {
  return svgElement('text', attributes, escapeXml(text));
}

/** A complete standalone SVG document. */
export function svgDocument(width: number, height: number, ...children: readonly string[]): string {
  const root = svgElement(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'Helvetica, Arial, sans-serif' },
    svgElement('rect', { x: 0, y: 0, width, height, fill: 'white' }),
    ...children,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function formatNumber(v: number): string {
  return String(Math.round(v * 100) / 100);
}
