// The PP-02 map f(x) = 3/16 + x/4 (examples/maps/pp02-affine.json) given as code: `propercheck analyze
// --rule quadratic --map examples/maps/pp02-as-code.ts` finds the same fixed point 1/4 and optimum 1/8,
// certified by evaluating f on intervals instead of from the JSON spec's structure.
import { defineMap } from 'propercheck';

export default defineMap({
  name: 'pp02-as-code',
  outcomes: 2,
  f(F, p) {
    const y = F.add(F.of('3/16'), F.mul(F.of('1/4'), p[0]!));
    return [y, F.sub(F.of(1), y)];
  },
});
