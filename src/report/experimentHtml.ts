import type { ExperimentDocument } from '../experiments/experimentDocument.ts';
import type { NumberSummary } from '../experiments/summaryStatistics.ts';
import { escapeHtml as esc } from './escapeHtml.ts';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{padding:3px 10px;border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child{text-align:left}
figure{display:inline-block;margin:0.5em}figure svg{max-width:100%;height:auto}.muted{color:#666}code{background:#f4f4f4;padding:0 3px}`;

/**
 * The results page of an experiment (self-contained HTML, no scripts): summary, the statistics table
 * with certified bounds, counts, the same per subgroup, one histogram per quantity, how the statistics
 * are computed, and every undecided or failed instance.
 */
export function experimentHtml(doc: ExperimentDocument, figures: readonly { readonly quantity: string; readonly svg: string }[]): string {
  const subgroups = Object.entries(doc.subgroups).map(([g, s]) => `<h3>${esc(g)} <span class="muted">(${s.instances} instances)</span></h3>${statsTable(s.quantities)}`).join('\n');
  const list = (items: readonly string[]) => (items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '<p class="muted">none</p>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(`Experiment ${doc.experiment}`)}</title><style>${STYLE}</style></head><body>
<h1>Experiment <code>${esc(doc.experiment)}</code></h1>
<p>${esc(doc.description)}</p>
<p>Seed ${doc.seed}; ${doc.samples} instances, ${doc.completed} completed, ${doc.undecided} with an undecided quantity, ${doc.failed} failed. No instance is left out.</p>
<h2>Statistics</h2>
${statsTable(doc.quantities)}
<h2>Counts</h2>
<table id="counts"><tbody>${Object.entries(doc.counts).map(([k, v]) => `<tr><td>${esc(k)}</td><td>${v}</td></tr>`).join('')}</tbody></table>
${Object.entries(doc.unavailable).map(([q, why]) => `<p class="muted">${esc(q)}: not computed (${esc(why)})</p>`).join('\n')}
${subgroups ? `<h2>Subgroups</h2>\n${subgroups}` : ''}
<h2>Histograms</h2>
${figures.map((f) => `<figure>${f.svg.replace(/^<\?xml[^>]*>\s*/, '')}<figcaption class="muted">${esc(f.quantity)}</figcaption></figure>`).join('\n')}
<h2>Method</h2>
${list(Object.entries(doc.method).map(([k, v]) => `${k}: ${v}`))}
<h2>Undecided instances</h2>
${list(doc.undecidedInstances.map((u) => `#${u.instance} ${u.quantity}: ${u.reason}`))}
<h2>Failed instances</h2>
${list(doc.failedInstances.map((f) => `#${f.instance}: ${f.error}`))}
</body></html>
`;
}

function statsTable(quantities: { readonly [name: string]: NumberSummary }): string {
  const fmt = (x: number | null) => (x === null ? '-' : esc(String(x)));
  const rows = Object.entries(quantities).map(
    ([q, s]) =>
      `<tr><td>${esc(q)}</td><td>${s.count}</td><td title="certified: [${esc(s.certified.mean.join(', '))}]">${fmt(s.mean)}</td><td title="certified: [${esc(s.certified.median.join(', '))}]">${fmt(s.median)}</td><td>${fmt(s.sd)}</td><td>${fmt(s.min)}</td><td>${fmt(s.quartiles[0])}</td><td>${fmt(s.quartiles[2])}</td><td>${fmt(s.max)}</td><td>${s.maxEnclosureWidth === 0 ? 'exact' : esc(s.maxEnclosureWidth.toExponential(1))}</td></tr>`,
  );
  return `<table class="stats"><thead><tr><th>quantity</th><th>n</th><th>mean</th><th>median</th><th>sd</th><th>min</th><th>q1</th><th>q3</th><th>max</th><th>widest enclosure</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
