// A performative map given as code: reporting x makes the first outcome likelier, up to 3/4:
// f(x) = min(3/4, 1/4 + x). `npx propercheck analyze --rule rules/brier.mts --map maps/capped-drift.mts`.
import { defineMap } from 'propercheck';

export default defineMap({
  name: 'capped-drift',
  outcomes: 2,
  f(F, p) {
    const y = F.min(F.of('3/4'), F.add(F.of('1/4'), p[0]!));
    return [y, F.sub(F.of(1), y)];
  },
});
