import { registry } from '../registry/registry.ts';
import { SpecError } from '../core/SpecError.ts';
import { catalogIds } from '../registry/catalogIds.ts';
import { catalogRows } from '../registry/catalogRows.ts';
import { formatTable } from '../report/formatTable.ts';
import { RULE_CLAIM_NAMES } from '../rulefile/ruleClaimNames.ts';
import { catalogJson, catalogMarkdown, catalogText, type Verdicts } from './_internals/catalogView.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { REGISTRY_SEARCH_OPTIONS, runExitCode, searchRegistry } from './runCommand.ts';

/**
 * `propercheck list`: every registered claim with its catalogue ids, and the claim names a rule file may
 * make. `--catalog`: every entry of docs/mathematics.md with its status and the claims that test it (or
 * why it is outside the tool); `--run` adds each claim's verdict from a search with the budget flags of
 * `run`; `--markdown` prints Appendix B.
 */
export async function listCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('list', argv, {
    ...REGISTRY_SEARCH_OPTIONS,
    json: { type: 'boolean' },
    catalog: { type: 'boolean' },
    run: { type: 'boolean' },
    markdown: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new SpecError('propercheck list', `unexpected argument ${positionals[0]}`);
  if (!values.catalog && (values.run || values.markdown)) throw new SpecError(values.run ? '--run' : '--markdown', 'needs --catalog');
  if (values.run && values.markdown) throw new SpecError('--markdown', 'prints the catalogue without verdicts; leave out --run');
  const budgetFlag = Object.keys(REGISTRY_SEARCH_OPTIONS).find((k) => values[k as keyof typeof values] !== undefined);
  if (budgetFlag && !values.run) throw new SpecError(`--${budgetFlag}`, 'is a flag of the search: it needs --catalog --run');
  if (values.catalog) return catalog(values, io);
  const claims = registry.map((c) => ({ id: c.id, expect: c.expect, catalog: catalogIds(c.source), statement: c.statement, source: c.source }));
  if (values.json) {
    io.out(JSON.stringify({ claims, ruleClaims: RULE_CLAIM_NAMES }, null, 2));
    return EXIT.ok;
  }
  io.out(formatTable(['claim', 'expect', 'catalog', 'statement'], claims.map((c) => [c.id, c.expect, c.catalog.join(','), c.statement])));
  io.out(`\nClaim names for rule files (propercheck check): ${RULE_CLAIM_NAMES.join(', ')}`);
  return EXIT.ok;
}

async function catalog(values: Parameters<typeof searchRegistry>[0] & { json?: boolean; run?: boolean; markdown?: boolean }, io: Io): Promise<number> {
  const rows = catalogRows(registry);
  if (values.markdown) {
    io.out(catalogMarkdown(rows));
    return EXIT.ok;
  }
  const doc = values.run ? await searchRegistry(values, io) : undefined;
  const verdicts: Verdicts | undefined = doc ? new Map(doc.results.map((r) => [r.id, r])) : undefined;
  io.out(values.json ? JSON.stringify({ ...(catalogJson(rows, verdicts) as object), ...(doc ? { seed: doc.seed } : {}) }, null, 2) : catalogText(rows, verdicts));
  for (const p of doc?.errors ?? []) io.err(`error: ${p}`);
  return doc ? runExitCode(doc, false) : EXIT.ok;
}
