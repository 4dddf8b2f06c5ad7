import type { DecisionStats } from '../certify/DecisionStats.ts';
import type { Json } from '../core/Json.ts';
import type { CounterexampleReport } from './ClaimReport.ts';
import { escapeHtml as esc } from './escapeHtml.ts';

/** One claim as the HTML report shows it (from a run or a check document). */
export interface ReportEntry {
  readonly id: string;
  readonly statement?: string;
  /** `holds`/`refuted` for registered claims; `claimed`/`battery` for a rule file's claims. */
  readonly expect: string;
  readonly verdict: string;
  /** Whether this entry is as it should be (expectation met; an author's claim not refuted). */
  readonly ok: boolean;
  readonly cases: number;
  readonly ms: number;
  readonly counterexample?: CounterexampleReport;
  readonly notes: readonly string[];
  readonly stats: DecisionStats;
  /** An inline SVG picture of the counterexample, if one says something. */
  readonly figure?: string;
}

/** One entry of docs/mathematics.md as the report's catalogue section shows it (built by the caller from the registry). */
export interface CatalogSectionRow {
  readonly id: string;
  readonly status: string;
  readonly title: string;
  /** Registered claims citing the entry, and how many of them met their expectation in this run. */
  readonly claims: number;
  readonly met: number;
  readonly notMet: readonly string[];
  /** Why the entry, or part of it, is outside the tool. */
  readonly outside?: string;
}

export interface ReportPage {
  readonly title: string;
  /** One sentence under the title (how many claims, met, seed, version). */
  readonly summary: string;
  readonly entries: readonly ReportEntry[];
  /** Pictures shown before the table (e.g. the rule itself). */
  readonly figures?: readonly { readonly caption: string; readonly svg: string }[];
  /** The catalogue of docs/mathematics.md with each entry's claims and verdicts (registry reports). */
  readonly catalog?: readonly CatalogSectionRow[];
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
table{border-collapse:collapse;width:100%}th,td{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
.refuted{color:#a40000}.unrefuted{color:#1a6b1a}.proved{color:#0b5394}.undecided{color:#b45f06}.no{background:#fde8e8}
pre{background:#f6f6f6;padding:8px;overflow-x:auto;font-size:12px}section{margin:1.5em 0;border-top:2px solid #eee}
figure{margin:1em 0}figure svg{max-width:100%;height:auto}.muted{color:#666}`;

/**
 * A self-contained HTML page (no scripts, no external files): a summary table (id `summary`), then per
 * claim its statement, decision statistics, certified counterexample (input, exact witness, decimals)
 * and a picture where one says something. Verdicts are the certified ones; pictures are floats, display only.
 */
export function htmlReport(page: ReportPage): string {
  const table = page.entries
    .map((e) => `<tr class="${e.ok ? '' : 'no'}"><td><a href="#${anchor(e.id)}">${esc(e.id)}</a></td><td>${esc(e.expect)}</td><td class="${e.verdict.split(' ')[0]}">${esc(e.verdict)}</td><td>${e.ok ? 'yes' : 'NO'}</td><td>${e.cases}</td><td>${e.ms}</td></tr>`)
    .join('\n');
  const figures = (page.figures ?? []).map((f) => figure(f.caption, f.svg)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(page.title)}</title><style>${STYLE}</style></head><body>
<h1>${esc(page.title)}</h1>
<p>${esc(page.summary)} Verdicts are certified: a counterexample is decided in exact rationals or certified intervals, never in floats.</p>
${figures}
<table id="summary"><thead><tr><th>claim</th><th>expect</th><th>verdict</th><th>ok</th><th>cases</th><th>ms</th></tr></thead><tbody>
${table}
</tbody></table>
${page.catalog ? catalogSection(page.catalog) : ''}
${page.entries.map(details).join('\n')}
</body></html>
`;
}

/** The catalogue: per entry its status, title, claims met in this run, and what is outside the tool. */
function catalogSection(rows: readonly CatalogSectionRow[]): string {
  const body = rows
    .map((r) => {
      const claims = r.claims === 0 ? '' : `${r.met}/${r.claims} met${r.notMet.length ? `: not met ${r.notMet.map(esc).join(', ')}` : ''}`;
      return `<tr class="${r.notMet.length ? 'no' : ''}"><td id="catalog-${esc(r.id)}">${esc(r.id)}</td><td>${esc(r.status)}</td><td>${esc(r.title)}</td><td>${claims}</td><td class="muted">${r.outside ? esc(r.outside) : ''}</td></tr>`;
    })
    .join('\n');
  return `<section id="catalog"><h2>Catalogue (docs/mathematics.md)</h2><table><thead><tr><th>entry</th><th>status</th><th>title</th><th>claims in this run</th><th>outside the tool</th></tr></thead><tbody>
${body}
</tbody></table></section>`;
}

function details(e: ReportEntry): string {
  const c = e.counterexample;
  const stats = `decided by screening ${e.stats.screened}, rationals ${e.stats.rational}, intervals ${e.stats.interval}, equalities within tolerance ${e.stats.equalWithinTolerance}`;
  return `<section id="${anchor(e.id)}"><h2>${esc(e.id)} <span class="${e.verdict.split(' ')[0]}">${esc(e.verdict)}</span></h2>
${e.statement ? `<p>${esc(e.statement)}</p>` : ''}<p class="muted">expected: ${esc(e.expect)}; cases ${e.cases}; ${stats}</p>
${e.notes.length ? `<pre>${esc(e.notes.join('\n'))}</pre>` : ''}
${c ? `<h3>Counterexample <code>${esc(c.file)}</code> (${esc(c.robustness.kind)})</h3><p>input</p><pre>${json(c.input)}</pre><p>exact witness</p><pre>${json(c.witness)}</pre><p>decimals</p><pre>${json(c.decimals)}</pre>` : ''}
${e.figure ? figure(`${e.id}: the counterexample`, e.figure) : ''}</section>`;
}

function figure(caption: string, svg: string): string {
  return `<figure>${svg.replace(/^<\?xml[^>]*>\s*/, '')}<figcaption class="muted">${esc(caption)}</figcaption></figure>`;
}

function json(value: Json): string {
  return esc(JSON.stringify(value, null, 2));
}

function anchor(id: string): string {
  return `claim-${id.replace(/[^A-Za-z0-9-]/g, '_')}`;
}
