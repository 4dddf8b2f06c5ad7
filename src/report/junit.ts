import type { CheckDocument } from './CheckDocument.ts';
import type { RunDocument } from './RunDocument.ts';
import { escapeHtml } from './escapeHtml.ts';
import { verdictText } from './checkText.ts';
import { readableJson } from './readable.ts';

/** One test case of a JUnit report. */
export interface JunitCase {
  readonly classname: string;
  readonly name: string;
  readonly ms: number;
  readonly failure?: { readonly message: string; readonly text: string };
  readonly error?: { readonly message: string };
  readonly output?: string;
}

export interface JunitSuite {
  readonly name: string;
  readonly cases: readonly JunitCase[];
}

/** JUnit XML (the common denominator of CI test reports): one suite per rule or run, one case per claim or file. */
export function junitXml(suites: readonly JunitSuite[]): string {
  const count = (s: JunitSuite, k: 'failure' | 'error') => s.cases.filter((c) => c[k]).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const attr = (s: string) => escapeHtml(s);
  const body = suites.map((s) => {
    const ms = s.cases.reduce((t, c) => t + c.ms, 0);
    const cases = s.cases.map((c) => {
      const inner = [
        c.failure ? `<failure message="${attr(c.failure.message)}" type="refuted">${escapeHtml(c.failure.text)}</failure>` : '',
        c.error ? `<error message="${attr(c.error.message)}" type="invalid"/>` : '',
        c.output ? `<system-out>${escapeHtml(c.output)}</system-out>` : '',
      ].join('');
      return `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}" time="${seconds(c.ms)}"${inner ? `>${inner}</testcase>` : '/>'}`;
    });
    return [`  <testsuite name="${attr(s.name)}" tests="${s.cases.length}" failures="${count(s, 'failure')}" errors="${count(s, 'error')}" time="${seconds(ms)}">`, ...cases, '  </testsuite>'].join('\n');
  });
  const total = suites.reduce((t, s) => t + s.cases.length, 0);
  const failures = suites.reduce((t, s) => t + count(s, 'failure'), 0);
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="propercheck" tests="${total}" failures="${failures}">`, ...body, '</testsuites>', ''].join('\n');
}

/** check documents as JUnit: a claim the author made and the search refuted is a failure; the rest pass with notes. */
export function checkJunit(docs: readonly CheckDocument[]): string {
  return junitXml(
    docs.map((doc) => ({
      name: `check ${doc.rule} (${doc.file})`,
      cases: doc.results.map((r): JunitCase => {
        const note = [`verdict: ${verdictText(r)}`, ...(r.counterexample ? [`counterexample: ${r.counterexample.file}`, `input: ${readableJson(r.counterexample.input)}`, `witness: ${readableJson(r.counterexample.decimals)}`] : []), ...r.undecided.map((u) => `undecided: ${u.reason}`)].join('\n');
        const failed = r.claimedByAuthor && r.verdict === 'refuted';
        return { classname: doc.rule, name: r.claim, ms: r.ms, ...(failed ? { failure: { message: `${r.id} is refuted`, text: note } } : { output: note }) };
      }),
    })),
  );
}

/** run documents as JUnit: a claim whose expectation is not met is a failure. */
export function runJunit(docs: readonly RunDocument[]): string {
  return junitXml(
    docs.map((doc) => ({
      name: `run (seed ${doc.seed}${doc.shard ? `, shard ${doc.shard.index}/${doc.shard.count}` : ''})`,
      cases: doc.results.map((r): JunitCase => {
        const [classname, ...rest] = r.id.split('/');
        const note = [`expect: ${r.expect}`, `verdict: ${verdictText(r)}`, ...(r.counterexample ? [`counterexample: ${r.counterexample.file}`] : []), ...r.stale.map((s) => `stale: ${s.file}`)].join('\n');
        return { classname: classname!, name: rest.join('/'), ms: r.ms, ...(r.met ? { output: note } : { failure: { message: `${r.id}: expected ${r.expect}, got ${r.verdict}`, text: note } }) };
      }),
    })),
  );
}
