import ELK from 'elkjs/lib/elk.bundled.js';
import { buildGraph } from './src/core/graph/build.ts';
import { ELK_OPTIONS } from './src/core/graph/layout.ts';
import { nodeSize } from './src/core/graph/size.ts';
import { generatedAnalysis } from './test/graph/fixtures.ts';
const elk = new ELK();
const fast = { ...ELK_OPTIONS, 'elk.layered.thoroughness': '1', 'elk.layered.nodePlacement.strategy': 'SIMPLE', 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF', 'elk.layered.unnecessaryBendpoints':'false' };
const variants: Record<string, Record<string,string>> = {
  base: { ...ELK_OPTIONS },
  lp: { ...ELK_OPTIONS, 'elk.layered.layering.strategy': 'LONGEST_PATH' },
  nosep: { ...ELK_OPTIONS, 'elk.separateConnectedComponents': 'false' },
  bkthor1lp: { ...ELK_OPTIONS, 'elk.layered.thoroughness': '1', 'elk.layered.layering.strategy': 'LONGEST_PATH','elk.layered.crossingMinimization.greedySwitch.type': 'OFF' },
  fastlp: { ...fast, 'elk.layered.layering.strategy': 'LONGEST_PATH' },
  fastlpspline: { ...fast, 'elk.layered.layering.strategy': 'LONGEST_PATH', 'elk.edgeRouting':'SPLINES' },
};
for (const [n, f] of [[59, 2],[59,2],[59,2], [200, 3], [1000, 3]] as const) {
  const g = buildGraph(generatedAnalysis(n, f));
  const by = new Map(g.nodes.map((x) => [x.id, x]));
  for (const [name, opts] of Object.entries(variants)) {
    if (n === 1000 && !name.startsWith('fast') && name !== 'bkthor1lp') continue;
    const t = performance.now();
    await elk.layout({ id: 'root', layoutOptions: { ...opts, 'elk.direction': 'DOWN' }, children: g.nodes.map((x) => ({ id: x.id, ...nodeSize(by.get(x.id)!, false, false) })), edges: g.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })) });
    console.log(n, f, name, Math.round(performance.now() - t), 'ms');
  }
}
