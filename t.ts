import { readFileSync } from 'node:fs';
import { analyze } from './src/core/analyze/analyze.ts';
import { schedule } from './src/core/schedule/schedule.ts';
for (const f of ['examples/seed003-stage-chain/Dockerfile','examples/seed002-multistage/Dockerfile']) {
const a = analyze(readFileSync(f,'utf8'));
for (const b of ['buildkit','classic'] as const) { const s = schedule(a,b); console.log(b, s.ticks, JSON.stringify(s.stages));
for (const st of s.steps) console.log(' ', st.id, st.stage, st.line, st.instruction, st.start, st.end, st.waitsFor, st.critical?'*':'', JSON.stringify(st.ordinal)); }
}
