import type { Claim } from '../core/Claim.ts';
import type { ClaimResult } from '../search/ClaimResult.ts';
import { runClaim, type SearchOptions } from '../search/runClaim.ts';
import type { SavedCase } from '../search/replaySaved.ts';
import { saveFoundCounterexample } from '../store/saveFoundCounterexample.ts';
import type { Io } from './Io.ts';
import { VERSION } from './version.ts';

export interface SearchedClaim {
  readonly result: ClaimResult;
  /** The counterexample file (saved now, or replayed from disk), if any. */
  readonly file?: string;
}

export interface SearchClaimsOptions extends Omit<SearchOptions, 'saved'> {
  readonly saveDir: string;
  readonly saved: ReadonlyMap<string, readonly SavedCase[]>;
  /** For claims about a user's rule: the rule file, recorded relative to each saved file. */
  readonly ruleFile?: string;
}

/**
 * Runs claims one after the other (replay first, then search), saves every new certified
 * counterexample atomically, and shows progress on stderr when it is a terminal.
 */
export async function searchClaims(claims: readonly Claim[], options: SearchClaimsOptions, io: Io): Promise<SearchedClaim[]> {
  const progress = io.progress ? progressLine(io, claims.length) : undefined;
  const searched: SearchedClaim[] = [];
  for (const [index, claim] of claims.entries()) {
    const result = runClaim(progress ? progress.counting(claim, index) : claim, { ...options, saved: options.saved.get(claim.id) ?? [] });
    searched.push({ result, file: await fileOf(claim, result, options) });
  }
  progress?.clear();
  return searched;
}

/** "[3/79] linear/proper: 120 cases (4.2 s)" on stderr, redrawn at most every 200 ms. */
function progressLine(io: Io, total: number) {
  const started = performance.now();
  let cases = 0;
  let drawn = 0;
  const draw = (index: number, id: string) => {
    drawn = performance.now();
    io.err(`\r\x1b[K[${index + 1}/${total}] ${id}: ${cases} cases (${((drawn - started) / 1000).toFixed(1)} s)`);
  };
  return {
    counting<I>(claim: Claim<I>, index: number): Claim<I> {
      draw(index, claim.id);
      return {
        ...claim,
        check(input, ctx) {
          cases += 1;
          if (performance.now() - drawn > 200) draw(index, claim.id);
          return claim.check(input, ctx);
        },
      };
    },
    clear: () => io.err('\r\x1b[K'),
  };
}

async function fileOf(claim: Claim, result: ClaimResult, options: SearchClaimsOptions): Promise<string | undefined> {
  const found = result.counterexample;
  if (!found) return undefined;
  if (found.replayedFrom) return found.replayedFrom;
  return saveFoundCounterexample(options.saveDir, claim, found, VERSION, options.ruleFile);
}

