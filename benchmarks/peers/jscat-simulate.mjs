// jsCAT's side of benchmarks/peers/run.sh: the same simulees as EvalNumerique, through jsCAT 5.2.3.
//
//   node jscat-simulate.mjs DIR [LENGTH] [REPEATS=1]   reads DIR/bank.json, thetas.json, uniforms.json; writes DIR/jscat.json
//
// jsCAT settings, read from node_modules/@bdelab/jscat/src (cat.ts, utils.ts):
//  * new Cat({method: 'EAP', itemSelect: 'MFI', theta: 0, minTheta: -6, maxTheta: 6, priorDist: 'norm',
//    priorPar: [0, 1]}): the defaults except the method. The EAP prior is normal(0, 1, -6, 6) at step
//    0.1 (lodash range): 121 nodes from -6 to 6, weight = normal density; theta = posterior mean,
//    recomputed from all answers after each one, clamped to [minTheta, maxTheta]. theta = 0 before
//    any answer, so the first item is the most informative at 0.
//  * P = c + (d - c) / (1 + exp(-a (theta - b))): no D, so a is passed as D * a (D = 1 here).
//  * MFI: findNextItem sorts the candidates by 3PL information (ignores d; the bank has d = 1).
//    The loop feeds back the remainingStimuli it returns, as jsCAT intends (same loop as
//    tests/EvalNumerique.Engine.Tests/Golden/tools/jscat_reference.mjs).
//  * seMeasurement = 1/sqrt(sum of information at theta), not the posterior SD.
// Timing: process.hrtime around the simulation only, after parsing the inputs and an untimed
// warm-up on the first 50 simulees (V8 has optimised the hot functions well before that); the
// median of REPEATS runs is reported, with the process CPU time (process.cpuUsage) beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Cat } from '@bdelab/jscat';

const require = createRequire(import.meta.url);
const { itemResponseFunction } = require('@bdelab/jscat/lib/utils.js');
const jscatVersion = require('@bdelab/jscat/package.json').version;
const optimizationJsVersion = require('optimization-js/package.json').version;

const [dir, lengthArg = '20', repeatsArg = '1'] = process.argv.slice(2);
const length = Number(lengthArg);
const repeats = Number(repeatsArg);
const bank = JSON.parse(readFileSync(join(dir, 'bank.json'), 'utf8'));
const thetas = JSON.parse(readFileSync(join(dir, 'thetas.json'), 'utf8'));
const uniforms = JSON.parse(readFileSync(join(dir, 'uniforms.json'), 'utf8'));

const catOptions = { method: 'EAP', itemSelect: 'MFI', theta: 0, minTheta: -6, maxTheta: 6, priorDist: 'norm', priorPar: [0, 1] };
const stimuli = bank.items.map((it) => ({ id: it.id, a: bank.D * it.a, b: it.b, c: it.c, d: it.d }));
const indexOf = new Map(bank.items.map((it, k) => [it.id, k]));

function simulate(count = thetas.length) {
  return thetas.slice(0, count).map((trueTheta, j) => {
    const cat = new Cat(catOptions);
    let remaining = stimuli;
    const items = [];
    for (let step = 0; step < length; step++) {
      const { nextStimulus, remainingStimuli } = cat.findNextItem(remaining, 'MFI');
      remaining = remainingStimuli;
      const zeta = { a: nextStimulus.discrimination, b: nextStimulus.difficulty, c: nextStimulus.guessing, d: nextStimulus.slipping };
      const score = uniforms[j][indexOf.get(nextStimulus.id)] < itemResponseFunction(trueTheta, zeta) ? 1 : 0;
      cat.updateAbilityEstimate(zeta, score);
      items.push(nextStimulus.id);
    }
    return { theta: cat.theta, seMeasurement: cat.seMeasurement, items };
  });
}

const prior = new Cat(catOptions).prior;
if (prior.length !== 121 || prior[0][0] !== -6 || prior[120][0] !== 6) throw new Error(`unexpected jsCAT EAP grid: ${prior.length} nodes`);

simulate(50); // warm-up
let simulees = [];
const ms = [];
const cpuMs = [];
for (let r = 0; r < repeats; r++) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  simulees = simulate();
  ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  const used = process.cpuUsage(cpu);
  cpuMs.push((used.user + used.system) / 1e3);
}
const median = [...ms].sort((x, y) => x - y)[Math.floor(ms.length / 2)];
writeFileSync(join(dir, 'jscat.json'), JSON.stringify({
  library: `@bdelab/jscat ${jscatVersion} (optimization-js ${optimizationJsVersion})`,
  node: process.version,
  grid: { points: prior.length, min: prior[0][0], max: prior[prior.length - 1][0] },
  length, repeats, ms, cpuMs, simulees,
}));
console.log(`jsCAT ${jscatVersion}: ${simulees.length} simulees × ${length} items, median ${median.toFixed(1)} ms (node ${process.version})`);
