// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by package.
// Usage: node bench/cpuprofile-top.mjs [file.cpuprofile | directory] [--top N]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// Leaf functions that are socket writes: on a busy machine the sampler catches the thread there
// while it is descheduled (the time is not CPU), so they are reported apart from the busy time.
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const TOP = Number(option('--top', '30'));
const SET_APART = new Set(
  option('--set-apart', 'writev,writeBuffer,writeUtf8String,writeLatin1String').split(',').filter(Boolean),
);
let file = args[0] ?? path.join(import.meta.dirname, 'results', 'prof');
if (statSync(file).isDirectory()) {
  const newest = readdirSync(file)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(file, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error(`No .cpuprofile in ${file}`);
  file = newest;
}

const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Self time per node from the sample deltas.
const self = new Map();
let setApart = 0;
let total = 0;
profile.samples.forEach((id, i) => {
  const t = profile.timeDeltas[i] ?? 0;
  total += t;
  if (SET_APART.has(byId.get(id).callFrame.functionName)) setApart += t;
  else self.set(id, (self.get(id) ?? 0) + t);
});

function packageOf(url) {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node: internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const m = /\/(server|shared)\/(dist|src)\//.exec(url) ?? /\/(bench)\//.exec(url);
  return m ? `@partnerhub/${m[1]}` : url;
}

const fnKey = (cf) => {
  const where = cf.url
    ? `${packageOf(cf.url)} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`
    : '';
  return `${cf.functionName || '(anonymous)'}  ${where}`.trim();
};

const byFn = new Map();
const byPkg = new Map();
// Inclusive time per package: a sample counts once for each package on its stack.
const inclusivePkg = new Map();
// Inclusive time per function: a sample counts once for each function on its stack.
const inclusiveFn = new Map();
for (const [id, t] of self) {
  const node = byId.get(id);
  const cf = node.callFrame;
  const special = ['(garbage collector)', '(idle)', '(program)'].includes(cf.functionName);
  byFn.set(fnKey(cf), (byFn.get(fnKey(cf)) ?? 0) + t);
  const pkg = special ? cf.functionName : packageOf(cf.url);
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const c = byId.get(cur).callFrame;
    if (!c.url) continue;
    seen.add(packageOf(c.url));
  }
  for (const p of seen) inclusivePkg.set(p, (inclusivePkg.get(p) ?? 0) + t);
  const fns = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const c = byId.get(cur).callFrame;
    if (c.url && !c.url.startsWith('node:')) fns.add(fnKey(c));
  }
  for (const f of fns) inclusiveFn.set(f, (inclusiveFn.get(f) ?? 0) + t);
}

const idle = byPkg.get('(idle)') ?? 0;
const busy = total - idle - setApart;
const pct = (t, of) => `${((100 * t) / of).toFixed(1).padStart(5)}%`;
const ms = (t) => `${(t / 1000).toFixed(0).padStart(7)} ms`;

console.log(
  `${file}\ntotal ${ms(total)}, idle ${ms(idle)}, in socket writes ${ms(setApart)} (${[...SET_APART].join(', ')}; set apart), busy ${ms(busy)}`,
);
console.log('percentages are of busy time\n');
console.log('Self time by package');
for (const [k, t] of [...byPkg]
  .filter(([k]) => k !== '(idle)')
  .sort((a, b) => b[1] - a[1])
  .slice(0, 20)) {
  console.log(`  ${pct(t, busy)} ${ms(t)}  ${k}`);
}
console.log('\nInclusive time by package (a stack counts once per package on it)');
for (const [k, t] of [...inclusivePkg].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`  ${pct(t, busy)} ${ms(t)}  ${k}`);
}
console.log(`\nTop ${TOP} functions by self time`);
for (const [k, t] of [...byFn]
  .filter(([k]) => !k.startsWith('(idle)'))
  .sort((a, b) => b[1] - a[1])
  .slice(0, TOP)) {
  console.log(`  ${pct(t, busy)} ${ms(t)}  ${k}`);
}
console.log(`\nTop ${TOP} functions by inclusive time (outside node: internals)`);
for (const [k, t] of [...inclusiveFn].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  console.log(`  ${pct(t, busy)} ${ms(t)}  ${k}`);
}
