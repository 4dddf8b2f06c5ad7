import type { Json } from '../core/Json.ts';
import type { ClaimResult } from '../search/ClaimResult.ts';
import { claimResultNotes } from './claimResultNotes.ts';
import { counterexampleFigure } from './counterexampleFigure.ts';
import { escapeHtml as esc } from './escapeHtml.ts';

export interface ReportRow {
  readonly result: ClaimResult;
  readonly file?: string;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
table{border-collapse:collapse;width:100%}th,td{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
.refuted{color:#a40000}.unrefuted{color:#1a6b1a}.proved{color:#0b5394}.undecided{color:#b45f06}.no{background:#fde8e8}
pre{background:#f6f6f6;padding:8px;overflow-x:auto;font-size:12px}section{margin:1.5em 0;border-top:2px solid #eee}
.muted{color:#666}`;

/**
 * A self-contained HTML page of a registry run: a summary, one row per claim (expectation, verdict,
 * met, cases, time) and, per claim, its statement, source, decision statistics and certified
 * counterexample (input and exact witness), with a plot for binary performative maps.
 */
export function htmlReport(rows: readonly ReportRow[], meta: { seed: number; date: string; version: string }): string {
  const unmet = rows.filter((r) => !r.result.met).length;
  const table = rows
    .map(({ result: r }) => `<tr class="${r.met ? '' : 'no'}"><td><a href="#${anchor(r.id)}">${esc(r.id)}</a></td><td>${r.expect}</td><td class="${r.verdict}">${r.verdict}</td><td>${r.met ? 'yes' : 'NO'}</td><td>${r.cases}</td><td>${r.ms}</td></tr>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>propercheck report</title><style>${STYLE}</style></head><body>
<h1>propercheck report</h1>
<p>${rows.length} claims, ${rows.length - unmet} met, ${unmet} not met. Seed ${meta.seed}, ${esc(meta.date)}, propercheck ${esc(meta.version)}.
Verdicts are certified: a counterexample is decided in exact rationals or certified intervals, never in floats.</p>
<table><thead><tr><th>claim</th><th>expect</th><th>verdict</th><th>met</th><th>cases</th><th>ms</th></tr></thead><tbody>
${table}
</tbody></table>
${rows.map(details).join('\n')}
</body></html>
`;
}

function details({ result: r, file }: ReportRow): string {
  const notes = claimResultNotes(r);
  const found = r.counterexample;
  const figure = found ? counterexampleFigure(r.id, found.input) : undefined;
  return `<section id="${anchor(r.id)}"><h2>${esc(r.id)} <span class="${r.verdict}">${r.verdict}</span></h2>
<p>${esc(r.statement)}</p><p class="muted">expected: ${r.expect}; cases ${r.cases}; decided by screening ${r.stats.screened}, rationals ${r.stats.rational}, intervals ${r.stats.interval}</p>
${notes.length ? `<pre>${esc(notes.join('\n'))}</pre>` : ''}
${found ? `<h3>Counterexample${file ? ` <code>${esc(file)}</code>` : ''}</h3><p>input</p><pre>${json(found.input)}</pre><p>exact witness</p><pre>${json(found.witness)}</pre>` : ''}
${figure ?? ''}</section>`;
}

function json(value: Json): string {
  return esc(JSON.stringify(value, null, 2));
}

function anchor(id: string): string {
  return `claim-${id.replace(/[^A-Za-z0-9-]/g, '_')}`;
}
