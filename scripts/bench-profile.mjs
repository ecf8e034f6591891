#!/usr/bin/env node
// Profiler for the "typing in a 1,000-stage file" benchmark: attributes main-thread long tasks
// to functions. Builds an unminified, source-mapped copy of the app (into .tmp-dbg/dist-profile),
// types like bench-browser.mjs does while a Chromium trace records the main thread's tasks and
// V8's CPU samples, then prints, for every task over 50 ms, its duration and the functions with
// the most self and inclusive time. Figures only; tracing itself makes tasks somewhat longer.
// Usage: node scripts/bench-profile.mjs [--no-build] [--stages N] [--port P] [--show N] [--type 'RUN \n']
//        node scripts/bench-profile.mjs --trace .tmp-dbg/typing.trace.json   (analyse a saved trace)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { generated } from './bench-generated.mjs';
import { startPreview } from './bench-server.mjs';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const PORT = Number(arg('--port', '4187'));
const STAGES = Number(arg('--stages', '1000'));
const OUT = resolve(root, '.tmp-dbg/dist-profile');
const URL = `http://127.0.0.1:${PORT}/`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const show = (tasks) => {
  console.log(`traced main-thread tasks over 50 ms: ${tasks.length} (${tasks.map((t) => t.ms.toFixed(0)).join(', ')} ms)`);
  for (const task of tasks.slice(0, Number(arg('--show', '4')))) {
    console.log(`\n=== task ${task.ms.toFixed(1)} ms\n-- events:\n${task.blink.join('\n')}\n-- self:\n${task.self.join('\n')}\n-- inclusive:\n${task.inclusive.join('\n')}`);
  }
};

const short = (cf) => `${cf.functionName || '(anonymous)'} ${(cf.url ?? '').split('/').pop()}:${(cf.lineNumber ?? -1) + 1}`;

/**
 * Trace → the main thread's top-level tasks (RunTask) over 50 ms, each with the functions its
 * CPU samples fell in (self time and inclusive time), from the trace's own profile chunks.
 */
const isTask = (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

function analyse(trace) {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.tid === e.tid && isTask(x) && x.dur > 50_000));
  if (!main) return [];
  const on = (e) => e.pid === main.pid && e.tid === main.tid;
  const tasks = events.filter((e) => on(e) && isTask(e) && e.dur > 50_000);
  const timeline = events.filter((e) => on(e) && e.ph === 'X' && e.cat.includes('devtools.timeline') && !isTask(e));
  // Profile chunks of the main thread's profiler (same pid; the tid may differ: match by profile id).
  const nodes = new Map();
  const parent = new Map();
  const samples = [];
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== main.pid) continue;
    if (e.name === 'Profile') profiles.set(e.id, { tid: e.tid, t: e.args.data.startTime });
  }
  const mainProfile = [...profiles.entries()].find(([, p]) => p.tid === main.tid)?.[0];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id !== mainProfile) continue;
    const d = e.args.data;
    for (const n of d.cpuProfile?.nodes ?? []) {
      nodes.set(n.id, n.callFrame);
      if (n.parent !== undefined) parent.set(n.id, n.parent);
    }
    const p = profiles.get(e.id);
    const ids = d.cpuProfile?.samples ?? [];
    const deltas = d.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      p.t += deltas[i];
      samples.push({ t: p.t, id: ids[i] });
    }
  }
  samples.sort((a, b) => a.t - b.t);
  const frames = (id) => {
    const out = [];
    for (let x = id; x !== undefined; x = parent.get(x)) if (nodes.has(x)) out.push(short(nodes.get(x)));
    return out;
  };
  const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(6)} ms  ${k}`);
  return tasks
    .map((task) => {
      const self = new Map();
      const incl = new Map();
      const inside = samples.filter((s) => s.t >= task.ts && s.t < task.ts + task.dur);
      for (let i = 0; i < inside.length; i++) {
        const dur = (inside[i + 1]?.t ?? task.ts + task.dur) - inside[i].t;
        const f = frames(inside[i].id);
        if (f.length === 0) continue;
        self.set(f[0], (self.get(f[0]) ?? 0) + dur);
        for (const x of new Set(f)) incl.set(x, (incl.get(x) ?? 0) + dur);
      }
      // Blink's own work in the task (style, layout, paint, GC, parsing…), by trace event name.
      const blink = new Map();
      for (const e of timeline) {
        if (e.ts < task.ts || e.ts >= task.ts + task.dur) continue;
        blink.set(e.name, (blink.get(e.name) ?? 0) + e.dur);
      }
      return { ms: task.dur / 1000, self: top(self, 14), inclusive: top(incl, 40), blink: top(blink, 8) };
    })
    .sort((a, b) => b.ms - a.ms);
}

async function record() {
  if (!process.argv.includes('--no-build') || !existsSync(resolve(OUT, 'index.html'))) {
    const b = spawnSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--minify', 'false', '--sourcemap', 'true', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  await startPreview(root, OUT, PORT);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await context.addInitScript((text) => {
      if (sessionStorage.getItem('bench')) return;
      sessionStorage.setItem('bench', '1');
      localStorage.clear();
      localStorage.setItem('stagecraft.language', 'en');
      localStorage.setItem('stagecraft.text', text);
    }, generated(STAGES));
    const page = await context.newPage();
    await page.goto(URL);
    await page.waitForSelector('.monaco-editor');
    await page.waitForFunction(() => document.querySelector('[data-testid="graph"]')?.getAttribute('data-final') === 'true', null, { timeout: 120_000, polling: 'raf' });
    await page.evaluate(() => {
      globalThis.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) globalThis.__long.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < 30; i++) await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(500);
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-v8.cpu_profiler', '__metadata'],
    });
    await page.evaluate(() => (globalThis.__long = []));
    for (const ch of arg('--type', 'RUN echo typing in a big file\n').replace(/\\n/g, '\n')) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(2500);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const long = await page.evaluate(() => globalThis.__long);
    mkdirSync(resolve(root, '.tmp-dbg'), { recursive: true });
    writeFileSync(resolve(root, '.tmp-dbg/typing.trace.json'), JSON.stringify(trace));
    console.log(`longtask entries (ms): ${JSON.stringify(long)}`);
    show(analyse(trace));
    await context.close();
  } finally {
    await browser.close();
    stop();
  }
}

const saved = arg('--trace', null);
if (saved) show(analyse(JSON.parse(readFileSync(saved, 'utf8'))));
else await record();
