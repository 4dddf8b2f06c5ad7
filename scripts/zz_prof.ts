import { readFileSync } from 'node:fs';
import { decodeGameSpec } from '../src/games/gameSpecCodec.ts';
import { analyseGame } from '../src/games/analyseGame.ts';
const spec = decodeGameSpec(JSON.parse(readFileSync(process.argv[2]!, 'utf8')));
const t = performance.now();
const a = await analyseGame(spec);
console.log((performance.now() - t).toFixed(0), 'ms', a.honestAtEveryEquilibrium, a.bestActionAtEveryEquilibrium, a.generation, a.note, a.essentialStrategies.map((s) => s.length));
