import { chromium } from '@playwright/test';
import { encodeWorkspace, singleFileWorkspace } from './src/core/share/index.ts';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 760, height: 420 } })).newPage();
await p.goto('http://127.0.0.1:4180/?view=embed#' + encodeWorkspace(singleFileWorkspace('FROM x AS a\nFROM a AS b\n')));
await p.waitForTimeout(1500);
console.log(await p.evaluate(() => ['.sc-embed', '.sc-embed-body', '.graph-section', '.graph-pane', '.react-flow', '.legend'].map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return `${s} ${r?.y} ${r?.height} ${r?.width}`; }).join('\n')));
await b.close();
