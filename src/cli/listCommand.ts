import { registry } from '../registry/registry.ts';
import { SpecError } from '../core/SpecError.ts';
import { formatTable } from '../report/formatTable.ts';
import { RULE_CLAIM_NAMES } from '../rulefile/ruleClaimNames.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

/** `propercheck list`: every registered claim, and the claim names a rule file may make. */
export async function listCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('list', argv, { json: { type: 'boolean' } });
  if (positionals.length > 0) throw new SpecError('propercheck list', `unexpected argument ${positionals[0]}`);
  const claims = registry.map((c) => ({ id: c.id, expect: c.expect, statement: c.statement, source: c.source }));
  if (values.json) {
    io.out(JSON.stringify({ claims, ruleClaims: RULE_CLAIM_NAMES }, null, 2));
    return EXIT.ok;
  }
  io.out(formatTable(['claim', 'expect', 'statement'], claims.map((c) => [c.id, c.expect, c.statement])));
  io.out(`\nClaim names for rule files (propercheck check): ${RULE_CLAIM_NAMES.join(', ')}`);
  return EXIT.ok;
}
