// Prints the benchmark results as one table, with targets.

const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '–');
export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
// Every round's value, when there was more than one.
const spread = (runs, key) => (runs.length > 1 ? ` (${runs.map((r) => r[key]).join(', ')})` : '');
const spreadOf = (runs, pick) => (runs.length > 1 ? ` (${runs.map(pick).join(', ')})` : '');
const cell = (v, unit = '') => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${v}${unit}`);
// A figure against its target; no verdict without a figure.
const verdict = (value, pass) => (Number.isFinite(value) ? (pass(value) ? 'PASS' : 'MISS') : '');
const atMostTimesRef = (factor) => (o, r) => verdict(o / r, (x) => x <= factor);
const under = (limit) => (v) => verdict(v, (x) => x < limit);

/** Prints `results` (see run.mjs) as a Markdown table. */
export function printReport(results, dialect) {
  const rows = [];
  const notes = [];
  const add = (measure, ours, reference, r, target, result = '') =>
    rows.push([measure, ours, reference, r, target, result]);
  const { latency, memory, load, join, idle, presence, flood, stall } = results;
  if (latency) {
    const sizes = [...new Set(latency.ours.map((r) => r.clients))];
    for (const clients of sizes) {
      const ours = latency.ours.filter((r) => r.clients === clients);
      const ref = latency.reference.filter((r) => r.clients === clients);
      for (const q of ['p50', 'p99']) {
        const [o, r] = [median(ours.map((x) => x[q])), median(ref.map((x) => x[q]))];
        add(
          `propagation ${q}, ${clients} clients`,
          `${cell(o, ' ms')}${spread(ours, q)}`,
          `${cell(r, ' ms')}${spread(ref, q)}`,
          ratio(o, r),
          '≤ 1.1 × reference',
          atMostTimesRef(1.1)(o, r),
        );
      }
      // The write rate is sustained when every reader received every write sent.
      const received = (runs) => runs.reduce((sum, x) => sum + x.received, 0);
      const expected = (runs) => runs.reduce((sum, x) => sum + x.expected, 0);
      add(
        `  writes received, ${clients} clients`,
        `${received(ours)} / ${expected(ours)}`,
        `${received(ref)} / ${expected(ref)}`,
        '',
        'all',
        verdict(expected(ours) - received(ours), (x) => x === 0),
      );
      for (const q of ['storedP50', 'storedP99']) {
        const stored = median(ours.map((x) => x[q]));
        add(
          `edit → stored ${q.slice(-3).toLowerCase()}, ${clients} clients`,
          `${cell(stored, ' ms')}${spread(ours, q)}`,
          'n/a',
          '',
          q === 'storedP99' ? '< 100 ms' : '',
          q === 'storedP99' ? under(100)(stored) : '',
        );
      }
    }
    const other = [...latency.ours, ...latency.reference].map((r) => r.otherCpuPct);
    notes.push(
      `other CPU during the latency runs: median ${median(other)}%, max ${Math.max(...other)}% of one core`,
    );
  }
  const attack = (runs, label, limit) => {
    const ours = runs.ours;
    const ref = runs.reference;
    const at = (rs, pick) => median(rs.map(pick));
    const p99 = (rs) => at(rs, (r) => r.attack.p99);
    add(
      label,
      `${cell(p99(ours), ' ms')}${spreadOf(ours, (r) => r.attack.p99)}`,
      `${cell(p99(ref), ' ms')}${spreadOf(ref, (r) => r.attack.p99)}`,
      ratio(p99(ours), p99(ref)),
      `< ${limit} ms`,
      under(limit)(p99(ours)),
    );
    const base = (rs) => at(rs, (r) => r.baseline.p99);
    add('  the same before the attack', cell(base(ours), ' ms'), cell(base(ref), ' ms'), '', '');
    const missing = (rs) => rs.reduce((sum, r) => sum + r.attack.missing + r.baseline.missing, 0);
    if (missing(ours) || missing(ref)) add('  receipts missing', missing(ours), missing(ref), '', '0');
    return { at, ours, ref };
  };
  if (flood) {
    const n = results.options['flood-connections'];
    const { at, ours, ref } = attack(flood, `others' p99 while ${n} connections open at once`, 250);
    const all = (rs) => at(rs, (r) => r.allOpenMs);
    add(
      `  all ${n} open (synced)`,
      `${cell(all(ours), ' ms')}${spreadOf(ours, (r) => r.allOpenMs)}`,
      `${cell(all(ref), ' ms')}${spreadOf(ref, (r) => r.allOpenMs)}`,
      ratio(all(ours), all(ref)),
      '≤ 1.5 × reference',
      atMostTimesRef(1.5)(all(ours), all(ref)),
    );
    const failed = (rs) => rs.reduce((sum, r) => sum + r.failed, 0);
    if (failed(ours) || failed(ref))
      add('  connections refused or failed', failed(ours), failed(ref), '', '');
    notes.push(`other CPU during the flood runs: ${[...ours, ...ref].map((r) => r.otherCpuPct).join(', ')}%`);
  }
  if (stall) {
    const { ours, ref } = attack(stall, `others' p99 while one reader stops reading`, 250);
    const dropped = (rs) => rs.map((r) => r.droppedAfterMs ?? 'no').join(', ');
    add('  the stalled reader dropped after (ms)', dropped(ours), dropped(ref), '', '');
    notes.push(`other CPU during the stall runs: ${[...ours, ...ref].map((r) => r.otherCpuPct).join(', ')}%`);
  }
  if (memory) {
    add(
      'heap per open 1 KB document',
      cell(memory.ours.heapKB, ' KB'),
      cell(memory.reference.heapKB, ' KB'),
      ratio(memory.ours.heapKB, memory.reference.heapKB),
      '< 20 KB',
      under(20)(memory.ours.heapKB),
    );
  }
  if (load) {
    add(
      `load after ${load.updates.toLocaleString('en')} updates (${load.rows} rows, ${Math.round(load.docBytes / 1024)} KB)`,
      `${cell(load.loadMs, ' ms')}${spread(load.rounds ?? [], 'loadMs')}`,
      load.yjsLoadMs != null ? `${cell(load.yjsLoadMs, ' ms')}${spread(load.rounds, 'yjsLoadMs')}` : 'n/a',
      load.yjsLoadMs != null ? ratio(load.loadMs, load.yjsLoadMs) : '',
      '< 150 ms',
      under(150)(load.loadMs),
    );
    if (load.yjsLoadMs != null)
      notes.push(
        "the load row's reference is Yjs alone building the same stored rows in a fresh process with the same flags, warmed up alike (the floor of any Yjs server)",
      );
    add(
      '  connect → synced, cold',
      `${cell(load.connectMs, ' ms')}${spread(load.rounds ?? [], 'connectMs')}`,
      'n/a',
      '',
      '< 150 ms',
      under(150)(load.connectMs),
    );
    if (load.warmLoadMs != null) {
      const rounds = load.rounds ?? [];
      add(
        '  the same, loaded second in the process',
        `${cell(load.warmLoadMs, ' ms')}${spread(rounds, 'warmLoadMs')}`,
        'n/a',
        '',
        '',
      );
      add(
        '  connect → synced, second',
        `${cell(load.warmConnectMs, ' ms')}${spread(rounds, 'warmConnectMs')}`,
        'n/a',
        '',
        '',
      );
    }
  }
  if (join) {
    const o = join.ours;
    const r = join.reference;
    add(
      `${o.clients} clients join a ${Math.round(o.docBytes / 1e6)} MB document`,
      `${o.ms} ms${o.failed ? ` (${o.failed} failed)` : ''}`,
      `${r.ms} ms${r.failed ? ` (${r.failed} failed)` : ''}`,
      ratio(o.ms, r.ms),
      '≤ 1.5 × reference',
      o.failed ? 'MISS' : atMostTimesRef(1.5)(o.ms, r.ms),
    );
  }
  if (idle) {
    const held = ({ open, requested, serverConnections, rssMB }) =>
      `${open} / ${requested} (${serverConnections === null ? '' : `server ${serverConnections}, `}RSS ${rssMB} MB)`;
    const { ours, reference } = idle;
    add(
      `idle connections held ${ours.heldSeconds ?? results.options['idle-hold']} s`,
      held(ours),
      held(reference),
      '',
      String(ours.requested),
      verdict(ours.requested - ours.open, (x) => x === 0),
    );
    if (ours.among.length > 0 && reference.among.length > 0) {
      const p99 = (runs) => median(runs.map((r) => r.p99));
      add(
        `  others' propagation p99 among them (${ours.among[0].clients} clients)`,
        `${cell(p99(ours.among), ' ms')}${spread(ours.among, 'p99')}`,
        `${cell(p99(reference.among), ' ms')}${spread(reference.among, 'p99')}`,
        ratio(p99(ours.among), p99(reference.among)),
        '≤ 1.5 × reference',
        atMostTimesRef(1.5)(p99(ours.among), p99(reference.among)),
      );
      const missing = (runs) => runs.reduce((sum, r) => sum + r.expected - r.received, 0);
      if (missing(ours.among) || missing(reference.among))
        add('  receipts missing', missing(ours.among), missing(reference.among), '', '0');
      const other = [...ours.among, ...reference.among].map((r) => r.otherCpuPct);
      notes.push(
        `other CPU while the idle connections were held: ${other.join(', ')}% (ours, then the reference)`,
      );
    }
  }
  if (presence) {
    for (const run of presence) {
      const answers = run.ownOnly ? "the app's answers (its own presence)" : 'stock answers (every presence)';
      add(
        `server CPU, ${run.clients} providers on one document, ${answers}`,
        `${run.cpuPct}% (${run.answersPerSecond} answers/s, ${run.receivedKBPerSecond} KB/s in; ${run.open} open)`,
        'n/a',
        '',
        '',
      );
    }
    notes.push(
      `other CPU during the presence runs: ${presence.map((r) => r.otherCpuPct).join(', ')}% (stock, then the app's answers)`,
    );
  }
  const header = ['measure', `ours (${dialect})`, 'reference', 'ours / ref', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cols) => `| ${cols.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nCollaboration server benchmark, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  if (join)
    notes.push(
      `other CPU during the joins: ours ${join.ours.otherCpuPct}%, reference ${join.reference.otherCpuPct}%`,
    );
  notes.push('verdicts compare unrounded figures (a ratio shown as 1.10 may be 1.104: MISS)');
  for (const note of notes) console.log(`\n${note}`);
}
