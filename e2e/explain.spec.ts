/**
 * Explanations on screen: editor hovers (instruction, flag, variable) in English and Chinese,
 * reachable by keyboard; the variables panel.
 */
import { expect, test } from './fixtures.ts';
import { TEST_IDS, type StagecraftPage } from './page.ts';

const FILE = [
  'ARG GO_VERSION=1.22',
  'FROM golang:${GO_VERSION} AS build',
  'COPY app.go .',
  'RUN go build -o /build/server',
  'FROM scratch',
  'COPY --from=build /build/server /server',
  'RUN echo $GO_VERSION',
  'ENTRYPOINT ["/server"]',
].join('\n');

/** The first token of `line` (1-based) whose text is `token`. */
function token(app: StagecraftPage, line: number, text: string) {
  const lineEl = app.page.locator('.monaco-editor .view-line').filter({ hasText: lineTexts[line - 1]! }).first();
  return lineEl.locator('span > span', { hasText: text }).first();
}
const lineTexts = FILE.split('\n');

async function openWith(app: StagecraftPage, language: 'en' | 'zh'): Promise<void> {
  await app.open(FILE);
  if (language === 'zh') {
    await app.page.addInitScript(() => {
      localStorage.setItem('stagecraft.language', 'zh');
      const o = JSON.parse(localStorage.getItem('stagecraft.options') ?? '{}') as Record<string, unknown>;
      localStorage.setItem('stagecraft.options', JSON.stringify({ ...o, language: 'zh' }));
    });
    await app.page.reload();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }
  await app.waitForEditor();
}

test('hovering an instruction, a flag and a variable explains them for this build (English)', async ({ app }) => {
  test.slow();
  await openWith(app, 'en');
  let hover = await app.editorHover(token(app, 6, 'COPY'), 'COPY instruction');
  await expect(hover).toContainText('copies /build/server out of stage build');
  await expect(hover).toContainText('Adds a layer');
  await expect(hover.getByRole('link', { name: /Docker reference: COPY/ })).toHaveAttribute('href', /reference\/dockerfile\/#copy/);

  hover = await app.editorHover(token(app, 6, '--from'), '--from on COPY');
  await expect(hover).toContainText('Copies from a stage');

  hover = await app.editorHover(token(app, 7, 'GO_VERSION'), 'Variable GO_VERSION');
  await expect(hover).toContainText('only FROM lines see it');
  await app.screenshot('explain-hover-variable-en');
});

test('the same hovers in Chinese', async ({ app }) => {
  test.slow();
  await openWith(app, 'zh');
  let hover = await app.editorHover(token(app, 2, 'GO_VERSION'), '变量 GO_VERSION');
  await expect(hover).toContainText('在这里 GO_VERSION 的值是“1.22”');
  await expect(hover).toContainText('来自第 1 行 FROM 之前的 ARG 的默认值');

  hover = await app.editorHover(token(app, 6, 'COPY'), 'COPY 指令');
  await expect(hover).toContainText('从阶段 build');

  hover = await app.editorHover(token(app, 6, '--from'), 'COPY 的 --from 参数');
  await app.screenshot('explain-hover-flag-zh');
});

test('the hover is reachable from the keyboard (Show hover on the cursor)', async ({ app, page }) => {
  await openWith(app, 'en');
  const hover = page.locator('.monaco-hover:not(.hidden)');
  // The chord can be lost while the editor is still adopting its text: press it again until it shows.
  await expect(async () => {
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.press('ControlOrMeta+I');
    await expect(hover).toContainText('ARG instruction', { timeout: 4_000 });
  }).toPass({ timeout: 45_000 });
  await expect(hover).toContainText('only FROM lines see it');
});

test('a stage explains its layers and why it is not built, by keyboard focus', async ({ app, page }) => {
  test.slow();
  await app.open('FROM golang:1.22 AS build\nWORKDIR /src\nRUN go build -o /out/app\nFROM alpine AS debug\nRUN apk add gdb\nFROM scratch\nCOPY --from=build /out/app /app\n');
  await app.waitForLayout();
  const layers = app.stage(0).getByTestId('tip-layers');
  await layers.focus();
  const tip = page.getByTestId('explain-tip');
  await expect(tip).toContainText('Layers this stage adds');
  await expect(tip).toContainText('line 2: WORKDIR /src');
  await expect(tip).toContainText('line 3: RUN go build -o /out/app');
  await expect(layers).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? 'missing');
  await app.screenshot('explain-graph-layers');

  await app.stage(1).getByTestId('tip-status').focus();
  await expect(tip).toContainText('BuildKit skips it: the target 2 (scratch) does not need it');
  await expect(tip).toContainText('No stage uses it');
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);

  await page.getByTestId('tip-image').first().focus();
  await expect(tip).toContainText('is an image pulled from a registry');

  // The size estimate: what it counts, where the figure comes from and how old it is.
  const size = app.stage(0).getByTestId('tip-size');
  await size.focus();
  await expect(tip).toContainText('Estimated from the base image in the built-in catalogue');
  await expect(tip).toContainText(/The base figures are an estimate for Go on Debian .* from .*, as of \d{4}-\d{2}/);
  await expect(size).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? 'missing');
});

const CHAIN = 'FROM alpine:latest AS builder\nRUN apk --no-cache add build-base\n\nFROM builder AS build1\nCOPY source1.cpp source.cpp\nRUN g++ -o /binary source.cpp\n\nFROM builder AS build2\nCOPY source2.cpp source.cpp\nRUN g++ -o /binary source.cpp\n';

test('a teacher makes an exercise; a student opens its link, answers wrongly, then rightly', async ({ app, page, browser }) => {
  test.slow();
  await app.open(CHAIN);
  await app.byId('tab-practice').click();
  const teacher = page.getByTestId('exercise-teacher');
  await expect(teacher).toBeVisible();
  await expect(page.getByTestId('teacher-note')).toContainText('The answer travels in the link');
  await page.getByTestId('teacher-kind').selectOption('targetBuilds');
  await page.getByTestId('teacher-param').selectOption({ label: 'build1' });
  await page.getByTestId('teacher-hint').fill('Follow the FROM lines.');
  await expect(page.getByTestId('teacher-question')).toContainText('docker build --target build1');
  const link = await page.getByTestId('teacher-link').inputValue();
  expect(link).toContain('#v1=');
  await app.screenshot('explain-teacher');

  // A fresh browser context: nothing of the teacher's page is shared.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const student = await context.newPage();
  const errors: string[] = [];
  student.on('pageerror', (e) => errors.push(String(e)));
  await student.goto(link);
  const exercise = student.getByTestId('exercise');
  await expect(exercise).toBeVisible();
  await expect(student.getByTestId('exercise-question')).toContainText('--target build1');
  await expect(student.locator('html')).toHaveAttribute('data-exercise', 'targetBuilds');
  await student.getByRole('button', { name: 'Show the hint' }).click();
  await expect(student.getByTestId('exercise-hint')).toHaveText('Follow the FROM lines.');
  // Wrong: build1 alone.
  await student.locator('[data-testid="exercise-stage"][data-stage="1"]').check();
  await student.getByTestId('exercise-check').click();
  await expect(student.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'wrong');
  await student.getByTestId('exercise-retry').click();
  // Right: builder and build1.
  await student.locator('[data-testid="exercise-stage"][data-stage="0"]').check();
  await student.getByTestId('exercise-check').click();
  await expect(student.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(student.getByTestId('exercise-why')).toContainText('BuildKit builds builder and build1');
  await expect(student.locator('html')).not.toHaveAttribute('data-exercise', /.+/);
  await student.screenshot({ path: 'e2e/screenshots/explain-student-right.png' });
  expect(errors).toEqual([]);
  await context.close();
});

const NODE = 'FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\nCOPY src/ src/\nRUN npm test\n';

test('which steps re-run if src/app.js changes: a link answered wrongly, then rightly, each step explained', async ({ app, page, browser }) => {
  test.slow();
  await app.open(NODE);
  await app.byId('tab-practice').click();
  await page.getByTestId('teacher-kind').selectOption('cacheRerun');
  await page.getByTestId('teacher-paths').fill('src/app.js');
  await expect(page.getByTestId('teacher-question')).toContainText('You change src/app.js');
  const link = await page.getByTestId('teacher-link').inputValue();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const student = await context.newPage();
  const errors: string[] = [];
  student.on('pageerror', (e) => errors.push(String(e)));
  await student.goto(link);
  await expect(student.getByTestId('exercise')).toHaveAttribute('data-kind', 'cacheRerun');
  await expect(student.locator('html')).toHaveAttribute('data-exercise', 'cacheRerun');
  // Wrong: npm ci too (package.json did not change).
  for (const l of [4, 5, 6]) await student.locator(`[data-testid="exercise-line"][data-line="${l}"]`).check();
  await student.getByTestId('exercise-check').click();
  await expect(student.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'wrong');
  await student.getByTestId('exercise-retry').click();
  await student.locator('[data-testid="exercise-line"][data-line="4"]').uncheck();
  await student.getByTestId('exercise-check').click();
  await expect(student.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(student.getByTestId('exercise-answer')).toContainText('line 5 and 6');
  const why = student.getByTestId('exercise-why');
  await expect(why).toContainText('Line 4 is cached: nothing it depends on changed.');
  await expect(why).toContainText('Line 5 re-runs: src/app.js changed, and it is among what src/ copies.');
  await expect(why).toContainText('Line 6 re-runs: the step before it (line 5) re-ran');
  await student.screenshot({ path: 'e2e/screenshots/explain-cache-rerun.png' });
  // The same explanation in Chinese.
  await student.getByLabel('Language').selectOption('zh');
  await expect(why).toContainText('第 5 行重新执行：src/app.js 被修改了');
  await student.getByTestId('exercise-why').scrollIntoViewIfNeeded();
  await student.screenshot({ path: 'e2e/screenshots/explain-cache-rerun-zh.png' });
  expect(errors).toEqual([]);
  await context.close();
});

test('src/app.js left out by the workspace\'s .dockerignore: the teacher sees it marked, nothing re-runs, and the explanation says why (English, Chinese)', async ({ app, page }) => {
  test.slow();
  await app.open({ files: [
    { name: 'Dockerfile', text: 'FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\nCOPY . .\nRUN npm test\n' },
    { name: '.dockerignore', text: 'node_modules\nsrc/app.js\n' },
  ] });
  await app.byId('tab-practice').click();
  await page.getByTestId('teacher-kind').selectOption('cacheRerun');
  // The teacher's suggestions: the .dockerignore's own paths under COPY . ., marked as left out.
  await expect(page.getByTestId('teacher-param').locator('option')).toContainText(['package.json', '.', 'node_modules (left out by .dockerignore: nothing re-runs)', 'src/app.js (left out by .dockerignore: nothing re-runs)']);
  await page.getByTestId('teacher-paths').fill('src/app.js');
  await expect(page.getByTestId('teacher-question')).toContainText('You change src/app.js');
  await page.getByTestId('teacher-try').click();
  await expect(page.getByTestId('exercise')).toHaveAttribute('data-kind', 'cacheRerun');
  // Until the exercise is answered, the Build tab's what-if waits (its answer would be the exercise's).
  await app.byId('tab-build').click();
  await app.byId('player-changed').fill('src/app.js');
  await expect(app.byId('player-rerun-count')).toContainText('The what-if waits until you answer');
  await app.byId('tab-practice').click();
  await page.getByTestId('exercise-check').click(); // no box: nothing re-runs
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(page.getByTestId('exercise-answer')).toContainText('none');
  const why = page.getByTestId('exercise-why');
  await expect(why).toContainText('Nothing re-runs: .dockerignore leaves src/app.js out of the build context');
  await expect(why).toContainText('Line 5 is cached: src/app.js is left out of the build context by .dockerignore.');
  await page.getByLabel('Language').selectOption('zh');
  await expect(why).toContainText('没有步骤会重新执行：.dockerignore 把 src/app.js 排除在构建上下文之外');
  await expect(why).toContainText('第 5 行命中缓存：src/app.js 被 .dockerignore 排除在构建上下文之外。');
  // Answered: the what-if agrees (the same .dockerignore, the same matcher).
  await app.byId('tab-build').click();
  await expect(app.byId('player-rerun-count')).toHaveText('6 个步骤中有 0 个会重新执行');
  // Back on the Practise tab, the answer and its explanation are as they were.
  await app.byId('tab-practice').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(why).toContainText('第 5 行命中缓存');
});

test('--target answered by clicking the stage nodes; a reload keeps the exercise', async ({ app, page }) => {
  test.slow();
  await app.open(CHAIN);
  await app.byId('tab-practice').click();
  await page.getByTestId('teacher-kind').selectOption('targetBuilds');
  await page.getByTestId('teacher-param').selectOption({ label: 'build1' });
  await page.getByTestId('teacher-try').click();
  await expect(page.getByTestId('exercise-graph-note')).toBeVisible();
  // Clicks on the graph tick the boxes (and a second click unticks).
  await app.stage(2).locator('.stage-title').click();
  await expect(page.locator('[data-testid="exercise-stage"][data-stage="2"]')).toBeChecked();
  await app.stage(2).locator('.stage-title').click();
  await expect(page.locator('[data-testid="exercise-stage"][data-stage="2"]')).not.toBeChecked();
  await app.stage(0).locator('.stage-title').click();
  await app.stage(1).locator('.stage-title').click();
  await expect(page.locator('[data-testid="exercise-stage"][data-stage="0"]')).toBeChecked();
  await expect(page.locator('[data-testid="exercise-stage"][data-stage="1"]')).toBeChecked();
  await app.screenshot('explain-node-picks');
  // A reload keeps the exercise (its draft answer starts afresh).
  await page.reload();
  await app.waitForEditor();
  await expect(page.getByTestId('exercise-question')).toContainText('--target build1');
  await expect(page.locator('html')).toHaveAttribute('data-exercise', 'targetBuilds');
  await app.stage(0).locator('.stage-title').click();
  await app.stage(1).locator('.stage-title').click();
  await page.getByTestId('exercise-check').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'right');
  // Left: a reload no longer brings it back.
  await page.getByTestId('exercise-leave').click();
  await page.reload();
  await app.waitForEditor();
  await expect(page.locator('html')).not.toHaveAttribute('data-exercise', /.+/);
  await app.byId('tab-practice').click();
  await expect(page.getByTestId('practice-panel')).toBeVisible();
});

test('every built-in exercise checks with its right answer', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.byId('tab-practice').click();
  // The tab loads on first use: count once its list is there.
  await expect(page.getByTestId('builtin-exercise').first()).toBeVisible();
  const count = await page.getByTestId('builtin-exercise').count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) {
    await page.getByTestId('builtin-start').nth(i).click();
    await expect(page.getByTestId('exercise')).toBeVisible();
    // Ask for the answer, read it, leave, start again and give it.
    await page.getByTestId('exercise-check').click();
    await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', /wrong|right/);
    if ((await page.getByTestId('exercise-verdict').getAttribute('data-verdict')) === 'wrong') {
      await page.getByTestId('exercise-show').click();
    }
    const kind = await page.getByTestId('exercise').getAttribute('data-kind');
    const answer = (await page.getByTestId('exercise-answer').innerText()).replace(/^The answer: /, '');
    await page.getByTestId('exercise-leave').click();
    await page.getByTestId('builtin-start').nth(i).click();
    await expect(page.getByTestId('exercise-check')).toBeVisible();
    if (kind === 'targetBuilds') {
      for (const label of await page.locator('.exercise-choice').all()) {
        const name = await label.innerText();
        if (new RegExp(`(^|, | and )${name.replace(/[()]/g, '\\$&')}(,| and |$)`).test(answer)) await label.locator('input').check();
      }
    } else if (kind === 'copySource') {
      await page.locator('.exercise-choice', { hasText: new RegExp(`^${answer.replace(/[.()]/g, '\\$&')}$`) }).locator('input').check();
    } else if (kind === 'cacheRerun') {
      for (const l of answer.replace(/^lines? /, '').match(/\d+/g) ?? []) await page.locator(`[data-testid="exercise-line"][data-line="${l}"]`).check();
    } else if (kind === 'buildingLine') {
      await page.getByTestId('exercise-input').fill(answer.replace(/^line /, '').split(/\D/)[0]!);
    } else {
      await page.getByTestId('exercise-input').fill(answer.replace(/^“|”$/g, ''));
    }
    await page.getByTestId('exercise-check').click();
    await expect(page.getByTestId('exercise-verdict'), `built-in ${i}`).toHaveAttribute('data-verdict', 'right');
    await page.getByTestId('exercise-leave').click();
  }
});

test('screenshots: the panels in dark and on a phone (Chinese: the hover test above)', async ({ app, page }) => {
  test.slow();
  await app.open('ARG VARIANT=slim\nFROM golang:1.22 AS build\nARG VARIANT\nENV CGO_ENABLED=0\nRUN go build -o /out/app\nRUN strip /out/app\nFROM debian:${VARIANT}\nCOPY --from=0 /out/app /app\n');
  await app.waitForLayout();
  await app.byId('tab-scope').click();
  await expect(page.getByTestId('scope-row').first()).toBeVisible();
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await app.screenshot('explain-scope-dark');
  await app.byId('tab-lessons').click();
  await expect(page.getByTestId('lesson')).toHaveCount(2);
  await page.getByTestId('lesson-dismiss').first().click();
  await expect(page.getByTestId('lesson')).toHaveCount(1);
  await page.getByTestId('lesson-off').first().click();
  await expect(page.getByTestId('lessons-off')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await app.byId('tab-practice').click();
  await expect(page.getByTestId('practice-panel')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId('practice-panel').scrollIntoViewIfNeeded();
  await app.screenshot('explain-practice-phone');
});

test('"which stage does this COPY --from copy from?": the graph, its tracing and the outline keep the answer back until it is answered', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.waitForEditor();
  await app.byId('tab-practice').click();
  const copyEdge = page.locator('.react-flow__edge[data-id="copy:stage:0->stage:1"]');
  await page.locator('[data-testid="builtin-exercise"][data-id="scratch-copy-from-0"] [data-testid="builtin-start"]').click();
  await expect(page.getByTestId('exercise-question')).toContainText('COPY --from=0');
  await app.waitForLayout();
  // Both stages and their FROM edges are drawn; the copy edge that answers the question is not.
  await expect(app.stageNodes).toHaveCount(2);
  await expect(page.locator('.react-flow__edge[data-id="base:scratch->stage:1"]')).toHaveCount(1);
  await expect(copyEdge).toHaveCount(0);
  // The header counts what is drawn: the hidden edge is not counted either.
  const drawnEdges = async () => Number((await app.byId(TEST_IDS.summary).textContent())?.match(/(\d+) dependenc/)?.[1]);
  const hiddenCount = await drawnEdges();
  await expect(page.locator('.react-flow__edge')).toHaveCount(hiddenCount);
  // Hovering the copying stage does not trace its way back to the source either.
  await app.stage(1).hover();
  await expect(app.byId('graph')).toHaveAttribute('data-trace', 'stage:1');
  await expect(page.getByTestId('rf__node-stage:0')).toHaveCSS('opacity', '0.3');
  await app.screenshot('explain-copysource-hidden');
  // The outline (the graph as text) does not say it either.
  await app.byId('tab-outline').click();
  await expect(app.byId('outline')).toContainText('based on scratch');
  await expect(app.byId('outline')).not.toContainText('(copy)');
  await app.byId('tab-practice').click();
  // A wrong answer keeps it hidden.
  await page.locator('.exercise-choice', { hasText: /^1 \(scratch\)$/ }).locator('input').check();
  await page.getByTestId('exercise-check').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'wrong');
  await expect(copyEdge).toHaveCount(0);
  // The right one brings it back, in place.
  await page.getByTestId('exercise-retry').click();
  await page.locator('.exercise-choice', { hasText: /^0 \(golang:1\.10\.3\)$/ }).locator('input').check();
  await page.getByTestId('exercise-check').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(copyEdge).toHaveCount(1);
  await expect.poll(drawnEdges).toBe(hiddenCount + 1);
  await app.byId('tab-outline').click();
  await expect(app.byId('outline')).toContainText('uses stage 0 (unnamed: use --from=0) (copy)');
  await app.screenshot('explain-copysource-revealed');
});

test('copying from an image: the image drawn only for that copy waits too, and "Show the answer" brings both back', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.waitForEditor();
  await app.byId('tab-practice').click();
  await page.locator('[data-testid="builtin-exercise"][data-id="nginx-copy-from-image"] [data-testid="builtin-start"]').click();
  await expect(page.getByTestId('exercise-question')).toContainText('COPY --from=nginx:latest');
  await app.waitForLayout();
  const nginx = app.imageNodes.filter({ hasText: 'nginx:latest' });
  await expect(app.imageNodes.filter({ hasText: 'alpine:latest' })).toHaveCount(1);
  await expect(nginx).toHaveCount(0);
  await expect(page.locator('.react-flow__edge[data-id="copy:image:nginx:latest->stage:1"]')).toHaveCount(0);
  // The other copy of the same stage (line 11) is not the question: it stays.
  await expect(page.locator('.react-flow__edge[data-id="copy:stage:0->stage:1"]')).toHaveCount(1);
  await page.getByTestId('exercise-check').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-verdict', 'wrong');
  await page.getByTestId('exercise-show').click();
  await expect(nginx).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[data-id="copy:image:nginx:latest->stage:1"]')).toHaveCount(1);
});
