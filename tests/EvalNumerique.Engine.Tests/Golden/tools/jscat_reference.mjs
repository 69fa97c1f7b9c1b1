// Computes reference values with jsCAT (@bdelab/jscat 5.2.3) for the EvalNumerique golden files.
//
//   cp package.json jscat_reference.mjs /tmp/jscat && cd /tmp/jscat && npm install --ignore-scripts
//   node /tmp/jscat/jscat_reference.mjs jscat_input.json > jscat_output.json
//
// jsCAT 5.2.3 facts this script relies on (read from node_modules/@bdelab/jscat/src):
//  * itemResponseFunction: P = c + (d - c) / (1 + exp(-a (theta - b)))  -- no D constant,
//    so the scaling constant is absorbed: we pass a' = D * a.
//  * fisherInformation: a^2 (q/p) ((p - c)/(1 - c))^2  -- the 3PL formula, it ignores d.
//    Equal to the exact 4PL information only when d = 1.
//  * EAP: prior table = normal(mean, sd, minTheta, maxTheta, step 0.1) built with lodash
//    _range(min, max + 0.1, 0.1): points min, min+0.1, ..., max (121 points on [-6, 6],
//    81 on [-4, 4]); weight = normal density at each point; theta = posterior mean.
//    seMeasurement = 1/sqrt(sum of fisherInformation at theta) -- NOT the posterior SD.
//  * MLE: optimization-js minimize_Powell(-logL, [0]) = coordinate gradient descent with a
//    forward-difference gradient (h = 1e-6) that stops when |gradient| <= 1e-2; the result is
//    clamped to [minTheta, maxTheta]. Its accuracy is therefore about 0.01 / I(theta).
//  * MFI: findNextItem sorts the given stimuli by fisherInformation (stable sort, so ties keep
//    the input order = first listed wins); before any answer theta = the `theta` option.
//  * The dependency optimization-js is declared as github:yeatmanlab/optimization-js; that fork
//    is not reachable here, so package.json overrides it with optimization-js@1.5.0 from npm,
//    whose minimize_Powell is the same code with the same defaults (eps 1e-2, alpha 1e-3).
//
// "gridOverride" tasks replace the private prior table (cat._prior) with the contract's grid
// (`points` equally spaced on [min, max]) so jsCAT's EAP can be compared like with like.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Cat } from '@bdelab/jscat';

const require = createRequire(import.meta.url);
const utils = require('@bdelab/jscat/lib/utils.js');
const jscatVersion = require('@bdelab/jscat/package.json').version;
const optVersion = require('optimization-js/package.json').version;

const zeta = (it, D) => ({ a: D * it.a, b: it.b, c: it.c, d: it.d });

function normalPdf(x, mean, sd) {
  return Math.exp(-0.5 * ((x - mean) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
}

function makeCat(task, theta0) {
  const cat = new Cat({
    method: task.method,
    itemSelect: 'MFI',
    theta: theta0,
    minTheta: task.minTheta,
    maxTheta: task.maxTheta,
    priorDist: 'norm',
    priorPar: task.priorPar,
  });
  if (task.gridOverride) {
    const { points, min, max } = task.gridOverride;
    const [mean, sd] = task.priorPar;
    const table = [];
    for (let k = 0; k < points; k++) {
      const x = min + ((max - min) * k) / (points - 1);
      table.push([x, normalPdf(x, mean, sd)]);
    }
    cat._prior = table; // private field in TypeScript, plain property at run time
  }
  return cat;
}

function runEstimate(task) {
  const cat = makeCat(task, task.priorPar ? task.priorPar[0] : 0);
  cat.updateAbilityEstimate(task.items.map((it) => zeta(it, task.D)), task.scores);
  return { name: task.name, theta: cat.theta, seMeasurement: cat.seMeasurement, priorPoints: cat.prior.length };
}

function runNext(task) {
  const theta0 = task.priorPar[0];
  const cat = makeCat(task, theta0);
  if (task.items.length > 0) {
    cat.updateAbilityEstimate(task.items.map((it) => zeta(it, task.D)), task.scores);
  }
  const stimuli = task.candidates.map((it) => ({ id: it.id, ...zeta(it, task.D) }));
  const { nextStimulus } = cat.findNextItem(stimuli, 'MFI');
  const info = utils.fisherInformation(cat.theta, { a: nextStimulus.discrimination, b: nextStimulus.difficulty, c: nextStimulus.guessing, d: nextStimulus.slipping });
  return { name: task.name, item: nextStimulus.id, theta: cat.theta, information: info };
}

function runSimulation(task) {
  const out = [];
  const bank = task.bank.map((it) => ({ id: it.id, ...zeta(it, task.D) }));
  const index = new Map(task.bank.map((it, k) => [it.id, k]));
  task.trueThetas.forEach((trueTheta, j) => {
    const cat = makeCat(task, task.priorPar[0]);
    let remaining = bank.map((s) => ({ ...s }));
    const items = [];
    const scores = [];
    for (let step = 0; step < task.length; step++) {
      // jsCAT's intended loop: feed back the remainingStimuli it returns.
      const { nextStimulus, remainingStimuli } = cat.findNextItem(remaining, 'MFI');
      remaining = remainingStimuli;
      const k = index.get(nextStimulus.id);
      const z = { a: nextStimulus.discrimination, b: nextStimulus.difficulty, c: nextStimulus.guessing, d: nextStimulus.slipping };
      const p = utils.itemResponseFunction(trueTheta, z);
      const score = task.uniforms[j][k] < p ? 1 : 0;
      cat.updateAbilityEstimate(z, score);
      items.push(nextStimulus.id);
      scores.push(score);
    }
    out.push({ examinee: j, items, scores, theta: cat.theta, seMeasurement: cat.seMeasurement });
  });
  return { name: task.name, results: out };
}

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = input.tasks.map((task) => {
  if (task.kind === 'estimate') return runEstimate(task);
  if (task.kind === 'next') return runNext(task);
  if (task.kind === 'simulate') return runSimulation(task);
  throw new Error(`unknown task kind ${task.kind}`);
});
process.stdout.write(
  JSON.stringify({ jscat: jscatVersion, optimizationJs: optVersion, node: process.version, results }, null, 1) + '\n',
);
