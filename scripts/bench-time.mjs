// Timing for the Node benchmarks: the median of `runs` timings (ms) after a short warm-up.
export function time(fn, runs) {
  for (let i = 0; i < Math.min(3, runs); i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}
