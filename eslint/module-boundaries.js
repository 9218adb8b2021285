// Rules that keep server/src a house with doors: layers point one way, a module is entered only
// through its index.ts, and no two modules depend on each other, however indirectly.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const TEST_FILE = /\.test\.ts$/;
const IMPORT_FROM = /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

/** Where `file` sits under server/src, or null outside it. */
function placeOf(file) {
  const norm = file.split(path.sep).join('/');
  const at = norm.lastIndexOf('/server/src/');
  if (at < 0) return null;
  return { root: norm.slice(0, at + '/server/src'.length), rel: norm.slice(at + '/server/src/'.length) };
}

const moduleOf = (rel) => /^modules\/([^/]+)\//.exec(rel)?.[1] ?? null;
// Test helpers live under test-support/: a `*.factories.ts` inside a module is production code here.
const isTestCode = (rel) => TEST_FILE.test(rel) || rel.startsWith('test-support/');

/** The server/src-relative path an import names, `.js` read as the `.ts` source. */
function targetOf(place, importer, specifier) {
  const abs = path.posix.resolve(path.posix.dirname(`${place.root}/${importer}`), specifier);
  if (!abs.startsWith(place.root + '/')) return null;
  return abs.slice(place.root.length + 1).replace(/\.js$/, '.ts');
}

function eachImport(context, report) {
  const check = (node) => {
    const value = node.source?.value;
    if (typeof value === 'string' && value.startsWith('.')) report(node.source, value);
  };
  return {
    ImportDeclaration: check,
    ExportNamedDeclaration: check,
    ExportAllDeclaration: check,
    ImportExpression: check,
  };
}

const matches = (rel, pattern) =>
  pattern.endsWith('/**') ? rel.startsWith(pattern.slice(0, -2)) : rel === pattern;

/** Layers: a file may import only files of the layers its own layer lists. Tests are free. */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'server/src layers point one way: infrastructure -> modules -> composition root' },
    schema: [{ type: 'object', properties: { layers: { type: 'array' } }, additionalProperties: false }],
    messages: {
      upward:
        '{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): {{fromLayer}} may use only {{allowed}}.',
    },
  },
  create(context) {
    const place = placeOf(context.filename);
    if (!place || isTestCode(place.rel)) return {};
    const defined = context.options[0]?.layers ?? [];
    const layerOf = (rel) => defined.find((l) => l.files.some((p) => matches(rel, p)));
    const own = layerOf(place.rel);
    if (!own) return {};
    return eachImport(context, (node, specifier) => {
      const target = targetOf(place, place.rel, specifier);
      const theirs = target && layerOf(target);
      if (!theirs || theirs === own || own.mayImport.includes(theirs.name)) return;
      context.report({
        node,
        messageId: 'upward',
        data: {
          from: place.rel,
          fromLayer: own.name,
          to: target,
          toLayer: theirs.name,
          allowed: own.mayImport.join(', ') || 'itself',
        },
      });
    });
  },
};

/** Doors: another module's files are reached only through its index.ts. */
const doors = {
  meta: {
    type: 'problem',
    docs: { description: 'others import a module only via modules/<name>/index.js' },
    schema: [],
    messages: {
      internal:
        '{{target}} is inside modules/{{module}}: import it from modules/{{module}}/index.js, and export it there if others may use it.',
    },
  },
  create(context) {
    const place = placeOf(context.filename);
    if (!place) return {};
    const own = moduleOf(place.rel);
    return eachImport(context, (node, specifier) => {
      const target = targetOf(place, place.rel, specifier);
      const module = target && moduleOf(target);
      if (!module || module === own || target === `modules/${module}/index.ts`) return;
      context.report({ node, messageId: 'internal', data: { target, module } });
    });
  },
};

/** module -> modules its production files import, read once per lint run (the linted file refreshed). */
const graphs = new Map();
function moduleGraph(root) {
  if (graphs.has(root)) return graphs.get(root);
  const byFile = new Map();
  const dir = `${root}/modules`;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const abs = `${d}/${name}`;
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.ts')) {
        const rel = abs.slice(root.length + 1);
        if (!isTestCode(rel)) byFile.set(rel, readFileSync(abs, 'utf8'));
      }
    }
  };
  walk(dir);
  const graph = { root, files: new Map() };
  for (const [rel, text] of byFile) graph.files.set(rel, dependenciesOf(root, rel, text));
  graphs.set(root, graph);
  return graph;
}

function dependenciesOf(root, rel, text) {
  const own = moduleOf(rel);
  const deps = new Set();
  for (const m of text.matchAll(IMPORT_FROM)) {
    const target = targetOf({ root }, rel, m[1] ?? m[2]);
    const module = target && moduleOf(target);
    if (module && module !== own) deps.add(module);
  }
  return deps;
}

/** The modules `from` reaches, with the path to each (for the message). */
function pathBetween(graph, from, to) {
  const edges = new Map();
  for (const [rel, deps] of graph.files) {
    const m = moduleOf(rel);
    if (!edges.has(m)) edges.set(m, new Set());
    for (const d of deps) edges.get(m).add(d);
  }
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift();
    if (at === to) {
      const route = [];
      for (let m = to; m !== null; m = previous.get(m)) route.unshift(m);
      return route;
    }
    for (const next of edges.get(at) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

/** No cycles between modules: an import of module B from module A fails when B already reaches A. */
const noModuleCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'modules form no cycle, directly or through others' },
    schema: [],
    messages: {
      cycle:
        'modules/{{from}} -> modules/{{to}} closes a cycle ({{route}}). Wire the two in app.ts, or let one register a check the other calls.',
    },
  },
  create(context) {
    const place = placeOf(context.filename);
    const own = place && moduleOf(place.rel);
    if (!own || isTestCode(place.rel)) return {};
    const graph = moduleGraph(place.root);
    graph.files.set(place.rel, dependenciesOf(place.root, place.rel, context.sourceCode.text));
    return eachImport(context, (node, specifier) => {
      const target = targetOf(place, place.rel, specifier);
      const module = target && moduleOf(target);
      if (!module || module === own) return;
      const route = pathBetween(graph, module, own);
      if (!route) return;
      context.report({
        node,
        messageId: 'cycle',
        data: { from: own, to: module, route: [own, ...route].join(' -> ') },
      });
    });
  },
};

export default { rules: { layers, doors, 'no-module-cycle': noModuleCycle } };
