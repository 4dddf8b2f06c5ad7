import { SpecError } from '../core/SpecError.ts';
import { registryClaimRule, counterexampleFigure } from '../report/counterexampleFigure.ts';
import { type CatalogSectionRow, type ReportEntry, htmlReport } from '../report/htmlReport.ts';
import { catalogRows } from '../registry/catalogRows.ts';
import { registry } from '../registry/registry.ts';
import { resultNotes } from '../report/checkText.ts';
import { runNotes } from '../report/runText.ts';
import { verdictText } from '../report/checkText.ts';
import { currentLimits } from '../isolation/WorkerLimits.ts';
import { runTasks } from '../isolation/WorkerPool.ts';
import { checkRule } from '../run/checkRule.ts';
import type { CheckDocument } from '../report/CheckDocument.ts';
import type { RunDocument } from '../report/RunDocument.ts';
import type { WorkerTask } from '../tasks/WorkerTask.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { checkExitCode } from './checkCommand.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs, searchBudget } from './parseCommandArgs.ts';
import { DEFAULT_CHECK_RUNS } from '../search/budget.ts';
import { REGISTRY_SEARCH_OPTIONS, runExitCode, searchRegistry } from './runCommand.ts';
import { VERSION } from './version.ts';

/**
 * `propercheck report [rule-file] [--out report.html]`: the same search as `run` (or, given a rule file,
 * as `check`), written as a self-contained HTML page with the certified counterexamples and plots.
 * Exit codes as for `run` (or `check`).
 */
export async function reportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', argv, { ...REGISTRY_SEARCH_OPTIONS, out: { type: 'string' }, 'no-proof': { type: 'boolean' } });
  if (positionals.length > 1) throw new SpecError('propercheck report', `expects at most one rule file, got ${positionals.length} arguments`);
  const out = values.out ?? 'report.html';
  const date = new Date().toISOString();
  if (positionals.length === 1) {
    const budget = searchBudget(values, DEFAULT_CHECK_RUNS);
    const doc = await checkRule({ file: positionals[0]!, ...budget, proof: !values['no-proof'], version: VERSION, onOutput: (t) => io.err(t.replace(/\n$/, '')) });
    await writeTextFileAtomic(out, await ruleReport(doc, date));
    io.out(`report written to ${out}: rule ${doc.rule}, ${doc.results.length} claims (seed ${doc.seed})`);
    return checkExitCode(doc, false);
  }
  const doc = await searchRegistry(values, io);
  await writeTextFileAtomic(out, registryReport(doc, date));
  for (const p of doc.errors) io.err(`error: ${p}`);
  const unmet = doc.results.filter((r) => !r.met).length;
  io.out(`report written to ${out}: ${doc.results.length} claims, ${doc.results.length - unmet} met, ${unmet} not met (seed ${doc.seed})`);
  return doc.errors.length ? EXIT.badInput : runExitCode(doc, false);
}

function registryReport(doc: RunDocument, date: string): string {
  const unmet = doc.results.filter((r) => !r.met).length;
  const entries = doc.results.map((r): ReportEntry => {
    const rule = r.counterexample ? registryClaimRule(r.id) : undefined;
    const figure = rule && r.counterexample ? counterexampleFigure(rule, r.counterexample.input) : undefined;
    return { id: r.id, statement: r.statement, expect: r.expect, verdict: verdictText(r), ok: r.met, cases: r.cases, ms: r.ms, notes: runNotes(r), stats: r.stats, ...(r.counterexample ? { counterexample: r.counterexample } : {}), ...(figure ? { figure } : {}) };
  });
  return htmlReport({ title: 'propercheck report', summary: `${doc.results.length} claims, ${doc.results.length - unmet} met, ${unmet} not met. Seed ${doc.seed}, ${date}, propercheck ${VERSION}.`, entries, catalog: catalogSection(doc) });
}

/** Every catalogue entry with the claims of this run that cite it (claims not run are left out of the counts). */
function catalogSection(doc: RunDocument): CatalogSectionRow[] {
  const results = new Map(doc.results.map((r) => [r.id, r]));
  return catalogRows(registry).map(({ entry, claims }) => {
    const run = claims.filter((c) => results.has(c.id));
    const notMet = run.filter((c) => !results.get(c.id)!.met).map((c) => c.id);
    return { id: entry.id, status: entry.statusText, title: entry.title, claims: run.length, met: run.length - notMet.length, notMet, ...(entry.outside ? { outside: entry.outside } : {}) };
  });
}

/** A rule file's report; its pictures are drawn in a worker, where the rule's code may run. */
async function ruleReport(doc: CheckDocument, date: string): Promise<string> {
  const withCounterexample = doc.results.filter((r) => r.counterexample);
  const task: WorkerTask = { kind: 'figures', file: doc.file, items: withCounterexample.map((r) => ({ claimId: r.id, input: r.counterexample!.input })) };
  const [figures] = await runTasks<{ rule: string; counterexamples: (string | undefined)[] }>([{ label: doc.file, payload: task }], { size: 1, limits: currentLimits(), onOutput: () => {} });
  const entries = doc.results.map((r): ReportEntry => {
    const figure = figures!.counterexamples[withCounterexample.indexOf(r)];
    const ok = !(r.claimedByAuthor && r.verdict === 'refuted');
    return { id: r.id, expect: r.claimedByAuthor ? 'claimed' : 'battery', verdict: verdictText(r), ok, cases: r.cases, ms: r.ms, notes: resultNotes(r), stats: r.stats, ...(r.counterexample ? { counterexample: r.counterexample } : {}), ...(figure ? { figure } : {}) };
  });
  const refuted = doc.results.filter((r) => r.claimedByAuthor && r.verdict === 'refuted').length;
  return htmlReport({
    title: `propercheck report: ${doc.rule}`,
    summary: `${doc.file}, outcomes ${doc.outcomes.min}..${doc.outcomes.max}: ${doc.results.length} claims, ${refuted} claimed and refuted. Seed ${doc.seed}, ${date}, propercheck ${VERSION}.`,
    figures: [{ caption: `the rule ${doc.rule}: scores and entropy on two outcomes (floats, display only)`, svg: figures!.rule }],
    entries,
  });
}
