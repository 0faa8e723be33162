// Targets (issue 8) and the printed table. docs/performance.md explains each figure.

export const TARGETS = {
  /** A finding appears within one frame at 60 Hz while the call is in front. */
  latencyVisibleP95Ms: 17,
  /** ...and within a quarter second while the tab is in the background. */
  latencyHiddenP95Ms: 250,
  /** Extra script time per second of a 100-person call with churn. */
  churnMsPerS: 0.5,
  /** Extra script time over the whole idle window: "about nothing" (no timers, no polling). */
  idleScriptMs: 0.5,
  /** Cost of a read + guard pass grows at most linearly: fitted exponent over 100…2000 participants. */
  scalingExponent: 1.1,
  /**
   * 10 000 participants: one read + guard pass (median), and the longest task the extension
   * causes there (first read of the page, every timed pass), each within a quarter second: the
   * hidden-tab detection target, which a pass longer than that could not meet (docs/performance.md).
   */
  largeCallPassMs: 250,
  largeCallLongestTaskMs: 250,
  /** JS heap after a simulated hour vs after its first minute. */
  memoryGrowthBytes: 1024 * 1024,
  /** gzip of the largest isolated-world call content script (content-scripts/call-*.js); 20 KiB. */
  contentScriptGzipBytes: 20 * 1024,
};

/** Least-squares slope of log(cost) over log(participants). */
function exponent(points) {
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, ms]) => Math.log(Math.max(ms, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export function evaluateTargets(results, config) {
  const targets = [];
  const add = (id, label, value, limit, pass, unit = '') => targets.push({ id, label, value, limit, unit, pass });

  for (const [n, r] of Object.entries(results.latency.visible)) {
    add(`latency-visible-${n}`, `detection p95, visible tab, ${n} participants`, r.join.p95, `≤ ${TARGETS.latencyVisibleP95Ms}`, r.join.p95 <= TARGETS.latencyVisibleP95Ms, 'ms');
  }
  for (const [n, r] of Object.entries(results.latency.hidden)) {
    add(`latency-hidden-${n}`, `detection p95, hidden tab, ${n} participants`, r.join.p95, `≤ ${TARGETS.latencyHiddenP95Ms}`, r.join.p95 <= TARGETS.latencyHiddenP95Ms, 'ms');
  }
  // The per-tick figure (timed from the page, µs resolution) decides; the 10 s ScriptDuration
  // difference is printed beside it with its noise floor, which is larger than the target.
  const cost = results.churn.perTick.extensionMsPerS;
  add('churn-cost', `main-thread cost, ${results.churn.participants} participants with churn (20 ticks + 1 clock tick per s)`, cost, `≤ ${TARGETS.churnMsPerS}`, cost <= TARGETS.churnMsPerS, 'ms/s');

  const churnReads = [results.churn.with.readsDuringChurn, results.churn.perTick.with.reads, results.idle.with.reads];
  // Each rename must cause exactly one read: the total equals the number of passes at each size.
  const relevantReads = Object.values(results.scaling).map((s) => (s.readsPerRename.length === 1 ? s.readsPerRename[0] * s.passes : `${s.readsPerRename.join('|')}?`));
  const passes = Object.values(results.scaling).map((s) => s.passes);
  add(
    'reads-irrelevant',
    'reads caused by churn (speaker, audio level, indicators, clock), timed churn ticks, idling',
    churnReads.join(' + '),
    '0',
    churnReads.every((r) => r === 0),
  );
  add(
    'reads-relevant',
    `reads caused by ${[...new Set(passes)].join('/')} renames, at ${Object.keys(results.scaling).join('/')} participants`,
    relevantReads.join('/'),
    passes.join('/'),
    relevantReads.every((r, k) => r === passes[k]),
  );

  const points = Object.entries(results.scaling).map(([n, s]) => [Number(n), s.msPerPass]);
  const fitted = Math.round(exponent(points.filter(([n]) => n >= 100 && n <= 2000)) * 100) / 100;
  results.scalingExponent = fitted;
  // With the large call: for information (its names are all different, 14 hostile; measured once).
  results.scalingExponentTo10000 = Math.round(exponent(points.filter(([n]) => n >= 100)) * 100) / 100;
  add('scaling', 'read + guard pass cost ∝ participants^k, k fitted over 100…2000', fitted, `≤ ${TARGETS.scalingExponent}`, fitted <= TARGETS.scalingExponent);

  const big = results.largeCall;
  if (big) {
    add('large-call-pass', `one read + guard pass, ${big.participants} participants (median)`, big.passMs, `≤ ${TARGETS.largeCallPassMs}`, big.passMs <= TARGETS.largeCallPassMs, 'ms');
    add(
      'large-call-longest-task',
      `longest task from the extension, ${big.participants} participants (first read ${big.firstReadTaskMs ?? '< 50'} ms, longest pass ${big.longestPassMs.toFixed(1)} ms)`,
      big.longestTaskMs,
      `≤ ${TARGETS.largeCallLongestTaskMs}`,
      // Without the Long Tasks API or the first notice, the first read is not measured: not a PASS.
      big.longestTaskMs <= TARGETS.largeCallLongestTaskMs && big.longTaskApi && big.firstNoticeSeen,
      'ms',
    );
    const o = big.overlay;
    const counts = (c) => (c ? Object.entries(c).map(([kind, n]) => `${n} ${kind}`).join(', ') : 'none');
    add(
      'large-call-overlay',
      `overlay notices for ${big.hostileNames.length} hostile names among ${big.participants} (names as text)`,
      o.problems.length === 0 ? counts(o.shown) : o.problems.join('; '),
      counts(o.expected),
      o.problems.length === 0,
    );
  }

  add('idle', `extension script time over ${results.idle.with.seconds} s without DOM changes`, results.idle.extensionScriptMs, `≤ ${TARGETS.idleScriptMs}`, results.idle.extensionScriptMs <= TARGETS.idleScriptMs && results.idle.with.reads === 0, 'ms');

  const growth = results.memory.with.growthBytes;
  add('memory', 'JS heap growth, simulated hour vs its first minute', Math.round(growth / 1024), `≤ ${TARGETS.memoryGrowthBytes / 1024}`, growth <= TARGETS.memoryGrowthBytes, 'KiB');

  // One call script per hosted client and one for self-hosted servers: the largest is what counts.
  const content = Object.entries(results.size)
    .filter(([name]) => /^content-scripts\/call-[\w-]+\.js$/.test(name))
    .map(([, part]) => part)
    .sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  add('size', 'largest call content script (call-*.js) gzip', content ? Math.round((content.gzipBytes / 1024) * 100) / 100 : null, `≤ ${TARGETS.contentScriptGzipBytes / 1024}`, !!content && content.gzipBytes <= TARGETS.contentScriptGzipBytes, 'KiB');
  return targets;
}

const pad = (value, width) => String(value).padStart(width);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${kib(Math.abs(bytes))}`;

export function printReport(results) {
  const out = [];
  out.push(`Vertraulich benchmarks: ${results.machine.browser ?? 'Chromium'}, ${results.machine.cpus} CPUs${results.quick ? ' (quick run)' : ''}`);
  const [start, end] = [results.machine.loadStart, results.machine.loadEnd];
  out.push(`Load average (1 min) at start ${start}, at end ${end}${Math.max(start, end) > results.machine.cpus ? ': the machine was busy with other work, timings are noisier than usual' : ''}`);
  out.push('');
  out.push('Detection latency: thumbnail inserted → its notice in the overlay (ms)');
  out.push(`  ${'tab'.padEnd(8)}${pad('people', 7)}${pad('n', 5)}${pad('median', 9)}${pad('p95', 9)}${pad('max', 9)}${pad('in task', 9)}   leave median/p95`);
  for (const tab of ['visible', 'hidden']) {
    for (const [n, r] of Object.entries(results.latency[tab])) {
      out.push(`  ${tab.padEnd(8)}${pad(n, 7)}${pad(r.join.n, 5)}${pad(r.join.median.toFixed(1), 9)}${pad(r.join.p95.toFixed(1), 9)}${pad(r.join.max.toFixed(1), 9)}${pad(r.readInSameTask, 9)}   ${r.leave.median.toFixed(1)} / ${r.leave.p95.toFixed(1)}`);
    }
  }
  out.push('  ("in task": notices already there by the task after the insertion, i.e. read in a microtask, not deferred)');
  out.push('');
  const c = results.churn;
  out.push(`Main-thread cost, ${c.participants} participants, churn for ${c.with.seconds} s (ms per second of call)`);
  out.push(`  ${''.padEnd(22)}${pad('script', 9)}${pad('task', 9)}${pad('reads', 7)}`);
  out.push(`  ${'with extension'.padEnd(22)}${pad(c.with.scriptMsPerS.toFixed(3), 9)}${pad(c.with.taskMsPerS.toFixed(3), 9)}${pad(c.with.readsDuringChurn, 7)}`);
  out.push(`  ${'without'.padEnd(22)}${pad(c.without.scriptMsPerS.toFixed(3), 9)}${pad(c.without.taskMsPerS.toFixed(3), 9)}`);
  out.push(`  ${'without, again'.padEnd(22)}${pad(c.without2.scriptMsPerS.toFixed(3), 9)}${pad(c.without2.taskMsPerS.toFixed(3), 9)}`);
  out.push(`  ${'extension (difference)'.padEnd(22)}${pad(c.extensionScriptMsPerS.toFixed(3), 9)}${pad(c.extensionTaskMsPerS.toFixed(3), 9)}   noise (without vs again): ${c.noiseScriptMsPerS.toFixed(3)}`);
  const t = c.perTick;
  out.push(`  per tick, timed from the page (trimmed mean of ${t.ticks}, hidden tab), extension's share:`);
  out.push(`    churn tick ${t.extensionUsPerTick} µs, with an element mounted/unmounted ${t.extensionUsPerIndicatorTick} µs, clock tick ${t.extensionUsPerClockTick} µs; reads ${t.with.reads}`);
  out.push(`    → ${t.extensionMsPerS.toFixed(3)} ms per second of call (20 ticks + 1 clock tick); ${t.extensionMsPerSWithIndicators.toFixed(3)} ms/s if every tick also mounts/unmounts an element`);
  out.push('');
  const i = results.idle;
  out.push(`Idle ${i.with.seconds} s: script ${i.with.scriptMs} ms with, ${i.without.scriptMs} ms without the extension; ${i.with.reads} reads`);
  out.push('');
  out.push('Scaling: one read + guard pass (median ms from a rename to the next task, with minus without)');
  out.push(`  ${pad('people', 8)}${pad('ms/pass', 10)}${pad('µs/person', 11)}${pad('reads', 8)}${pad('with', 9)}${pad('without', 9)}${pad('max with', 10)}`);
  for (const [n, s] of Object.entries(results.scaling)) {
    out.push(`  ${pad(n, 8)}${pad(s.msPerPass.toFixed(3), 10)}${pad(s.usPerParticipant.toFixed(2), 11)}${pad(`${s.reads}/${s.passes}`, 8)}${pad(s.medianWithMs.toFixed(3), 9)}${pad(s.medianWithoutMs.toFixed(3), 9)}${pad(s.maxWithMs.toFixed(3), 10)}`);
  }
  out.push(`  fitted exponent over 100…2000: ${results.scalingExponent}; over 100…10000 (information): ${results.scalingExponentTo10000}`);
  const big = results.largeCall;
  if (big) {
    out.push(`  ${big.participants} participants (${big.hostileNames.length} of them with hostile names, measured once): pass ${big.passMs.toFixed(1)} ms,`);
    out.push(`    longest pass ${big.longestPassMs.toFixed(1)} ms, first read of the page (the long task it ran in) ${big.firstReadTaskMs === null ? 'under 50' : big.firstReadTaskMs} ms`);
    out.push(`    overlay: ${Object.entries(big.overlay.shown ?? {}).map(([kind, n]) => `${n} ${kind}`).join(', ')}; tags ${(big.overlay.tags ?? []).join(' ')}`);
    for (const problem of big.overlay.problems) out.push(`    problem: ${problem}`);
  }
  out.push('');
  const m = results.memory;
  out.push(`Memory, simulated hour (${m.with.participantsAtEnd} people at the end, ${m.with.reads} reads, ${m.with.wallSeconds} s):`);
  const line = (r) =>
    `${kib(r.afterMinute.usedSize)} after 1 min → ${kib(r.afterHalfHour.usedSize)} after 30 → ${kib(r.afterHour.usedSize)} after 60 (${signed(r.growthBytes)}; second half ${signed(r.secondHalfGrowthBytes)}); DOM nodes ${r.afterMinute.nodes} → ${r.afterHour.nodes}`;
  out.push(`  with extension: ${line(m.with)}`);
  out.push(`  without:        ${line(m.without)}`);
  out.push('');
  out.push('Size (gzip level 6, level 9)');
  for (const [name, p] of Object.entries(results.size)) {
    out.push(`  ${name.padEnd(34)}${pad(kib(p.gzipBytes), 11)}${pad(kib(p.gzip9Bytes), 11)}   (${kib(p.bytes)} raw${p.files.length > 1 ? `; ${p.files.join(', ')}` : ''})`);
  }
  out.push('');
  out.push('Targets');
  for (const t of results.targets) {
    out.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.label}: ${t.value}${t.unit ? ` ${t.unit}` : ''} (target ${t.limit}${t.unit ? ` ${t.unit}` : ''})`);
  }
  console.log(out.join('\n'));
}
