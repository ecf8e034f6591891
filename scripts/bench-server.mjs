// The production build served by `vite preview` for the browser benchmarks; stopped when the process exits.
import { spawn } from 'node:child_process';

/** Starts `vite preview` of `outDir` on `port` and resolves once it answers. */
export async function startPreview(root, outDir, port) {
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return stop;
}
