/** Every Examples-menu entry loads with the right stage, image and edge counts. */
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

// Counts follow BuildKit's semantics: one node per stage and per distinct external image,
// `scratch` on its own, edges merged per (source, target, kind).
const CASES: { id: string; stages: number; images: number; scratch: number; edges: number }[] = [
  { id: 'go-http-server', stages: 2, images: 2, scratch: 0, edges: 3 },
  { id: 'go-http-server-named', stages: 2, images: 2, scratch: 0, edges: 3 },
  { id: 'href-counter', stages: 2, images: 2, scratch: 0, edges: 3 },
  { id: 'href-counter-builder', stages: 2, images: 2, scratch: 0, edges: 3 },
  { id: 'go-scratch', stages: 2, images: 1, scratch: 1, edges: 3 },
  { id: 'copy-from-etcd', stages: 1, images: 2, scratch: 0, edges: 2 },
  { id: 'copy-from-nginx', stages: 2, images: 3, scratch: 0, edges: 4 },
  { id: 'stage-chain', stages: 3, images: 1, scratch: 0, edges: 3 },
  { id: 'arg-scope', stages: 2, images: 1, scratch: 0, edges: 2 },
  { id: 'corpus:GoogleContainerTools/distroless/examples/go/Dockerfile', stages: 2, images: 2, scratch: 0, edges: 3 },
  { id: 'corpus:astral-sh/uv-docker-example/multistage.Dockerfile', stages: 2, images: 2, scratch: 0, edges: 3 },
  { id: 'corpus:docker/awesome-compose/react-nginx/Dockerfile', stages: 4, images: 3, scratch: 0, edges: 6 },
  { id: 'corpus:moby/buildkit/frontend/dockerfile/cmd/dockerfile-frontend/Dockerfile', stages: 6, images: 2, scratch: 1, edges: 9 },
  { id: 'corpus:docker/buildx/Dockerfile', stages: 33, images: 14, scratch: 1, edges: 55 },
  { id: 'corpus:moby/moby/Dockerfile', stages: 59, images: 8, scratch: 1, edges: 98 },
];

test('every example loads with the right stage and edge counts', async ({ app }) => {
  await app.open();
  await app.waitForEditor();
  for (const c of CASES) {
    await test.step(c.id, async () => {
      await app.loadExample(c.id);
      await expect(app.byId(TEST_IDS.summary)).toHaveAttribute('data-stages', String(c.stages));
      await expect(app.stageNodes).toHaveCount(c.stages);
      await expect(app.imageNodes).toHaveCount(c.images);
      await expect(app.byId(TEST_IDS.scratchNode)).toHaveCount(c.scratch);
      await expect(app.edges).toHaveCount(c.edges);
      await expect(app.byId(TEST_IDS.exampleCredit)).toBeVisible();
      if (c.id.startsWith('corpus:')) await expect(app.byId(TEST_IDS.exampleCredit)).toContainText(c.id.split('/')[0]!.slice(7));
    });
  }
});

test('merged copy edges show their count, and hovering lists the paths and lines', async ({ app, page }) => {
  await app.open('FROM alpine AS a\nRUN make\nFROM alpine\nCOPY --from=a /x /x\nCOPY --from=a /y /z\n');
  await expect(app.stageNodes).toHaveCount(2);
  await app.waitForLayout();
  const edge = page.getByTestId('rf__edge-copy:stage:0->stage:1');
  await expect(edge).toHaveCount(1);
  await expect(page.getByTestId(TEST_IDS.edgeBadge)).toHaveText(/×2/);
  await edge.locator('.react-flow__edge-interaction').hover({ force: true });
  const tip = page.getByTestId(TEST_IDS.edgeTooltip);
  await expect(tip).toContainText('/x → /x');
  await expect(tip).toContainText('/y → /z');
  await expect(tip).toContainText('line 4');
  await expect(tip).toContainText('line 5');
});
