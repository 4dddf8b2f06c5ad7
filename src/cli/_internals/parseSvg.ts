/** An element of a parsed SVG document: its name, attributes (unescaped), children and text content. */
export interface SvgNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly SvgNode[];
  /** The element's own text (its text children joined), unescaped. */
  readonly text: string;
}

const TOKEN = /<\?[^?]*\?>|<!--[\s\S]*?-->|<\/([A-Za-z][\w:-]*)\s*>|<([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

/**
 * Parses the SVG our figures write (tests read figures as documents, not as snapshots): elements with
 * double-quoted attributes, text, the XML declaration and comments. Throws on anything else, on a
 * closing tag that does not match, and on unclosed elements: a figure that parses is well-formed.
 */
export function parseSvg(text: string): SvgNode {
  type Open = { name: string; attributes: Record<string, string>; children: SvgNode[]; text: string[] };
  const stack: Open[] = [{ name: '#document', attributes: {}, children: [], text: [] }];
  const close = (o: Open): SvgNode => ({ name: o.name, attributes: o.attributes, children: o.children, text: o.text.join('') });
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`parseSvg: unexpected markup at ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
    const [, end, start, attrs, selfClosing, chars] = m;
    const top = stack[stack.length - 1]!;
    if (end !== undefined) {
      if (top.name !== end || stack.length === 1) throw new Error(`parseSvg: </${end}> closes <${top.name}> at ${at}`);
      stack.pop();
      stack[stack.length - 1]!.children.push(close(top));
    } else if (start !== undefined) {
      const attributes = Object.fromEntries([...(attrs ?? '').matchAll(ATTRIBUTE)].map(([, k, v]) => [k!, unescape(v!)]));
      const node: Open = { name: start, attributes, children: [], text: [] };
      if (selfClosing) top.children.push(close(node));
      else stack.push(node);
    } else if (chars !== undefined) {
      if (stack.length === 1 && chars.trim()) throw new Error(`parseSvg: text outside the root element at ${at}`);
      top.text.push(unescape(chars));
    }
  }
  if (stack.length !== 1) throw new Error(`parseSvg: <${stack[stack.length - 1]!.name}> is never closed`);
  const roots = stack[0]!.children;
  if (roots.length !== 1 || roots[0]!.name !== 'svg') throw new Error(`parseSvg: expected one <svg> root, got ${roots.map((r) => r.name).join(', ')}`);
  return roots[0]!;
}

/** Every element named `name` below `node` (document order). */
export function elementsNamed(node: SvgNode, name: string): SvgNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...elementsNamed(c, name)]);
}

function unescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" })[e]!);
}
