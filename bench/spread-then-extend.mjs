// How much each way of copying an object and adding a property allocates, and how much of it outlives
// young collections, on this Node. Each pattern runs in its own process with the server's start flags
// and --trace-gc-nvp; the scavenges' `allocated` and `promoted` are summed over the measured loop.
//
//   node bench/spread-then-extend.mjs
import { spawnSync } from 'node:child_process';
import { startFlags } from './start-flags.mjs';

const SOURCE = { query: 'select', params: [7] };

const PATTERNS = {
  'literal { query, params, took }': (i) => ({ query: SOURCE.query, params: SOURCE.params, took: i }),
  'spread { ...source }': () => ({ ...SOURCE }),
  'spread, override { ...source, query }': (i) => ({ ...SOURCE, query: i }),
  'spread, extend { ...source, took }': (i) => ({ ...SOURCE, took: i }),
  'spread, then o.took = …': (i) => {
    const o = { ...SOURCE };
    o.took = i;
    return o;
  },
  'Object.assign({}, source, { took })': (i) => Object.assign({}, SOURCE, { took: i }),
  'Object.assign({ took }, source)': (i) => Object.assign({ took: i }, SOURCE),
};

const OPS = 10_000_000;

if (process.argv[2] === '--child') {
  const make = PATTERNS[process.argv[3]];
  let sink;
  for (let i = 0; i < 100_000; i++) sink = make(i);
  console.log('START');
  for (let i = 0; i < OPS; i++) sink = make(i);
  console.log('END', typeof sink);
} else {
  console.log(`Node ${process.version}, ${OPS.toLocaleString('en')} objects per pattern\n`);
  console.log('pattern                                 allocated/object  promoted/object  scavenges');
  for (const name of Object.keys(PATTERNS)) {
    const flags = startFlags().filter((f) => f !== '--enable-source-maps');
    const child = spawnSync(
      process.execPath,
      [...flags, '--trace-gc-nvp', import.meta.filename, '--child', name],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`);
    let measuring = false;
    let allocated = 0;
    let promoted = 0;
    let scavenges = 0;
    for (const line of child.stdout.split('\n')) {
      if (line.startsWith('START')) measuring = true;
      else if (line.startsWith('END')) measuring = false;
      else if (measuring && line.includes(' gc=s ')) {
        scavenges++;
        allocated += Number(/ allocated=(\d+)/.exec(line)?.[1] ?? 0);
        promoted += Number(/ promoted=(\d+)/.exec(line)?.[1] ?? 0);
      }
    }
    const per = (bytes) => `${(bytes / OPS).toFixed(0)} B`.padStart(16);
    console.log(`${name.padEnd(40)}${per(allocated)} ${per(promoted)} ${String(scavenges).padStart(10)}`);
  }
}
