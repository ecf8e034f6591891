// Draws the PWA icons (no dependencies): a rounded blue square with three stacked "stage" bars
// joined by a line, written as RGBA PNGs with node:zlib. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size, maskable) {
  const px = Buffer.alloc(size * size * 4);
  const s = (v) => v * size;
  const inset = maskable ? 0 : s(0.04);
  const radius = maskable ? 0 : s(0.18);
  const set = (x, y, [r, g, b, a]) => px.set([r, g, b, a], (y * size + x) * 4);
  const inRounded = (x, y) => {
    const lo = inset, hi = size - inset;
    if (x < lo || y < lo || x >= hi || y >= hi) return false;
    const cx = Math.min(Math.max(x, lo + radius), hi - radius), cy = Math.min(Math.max(y, lo + radius), hi - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const bars = [[0.28, 0.22], [0.44, 0.42], [0.6, 0.62]]; // [x0 fraction, y0 fraction]
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    if (!inRounded(x, y)) { set(x, y, [0, 0, 0, 0]); continue; }
    let c = [15, 98, 254, 255];
    const fx = x / size, fy = y / size;
    if (fx > 0.3 && fx < 0.34 && fy > 0.3 && fy < 0.7) c = [255, 255, 255, 255]; // the dependency line
    for (const [bx, by] of bars) if (fx >= bx - 0.1 && fx <= bx + 0.22 && fy >= by && fy <= by + 0.14) c = [255, 255, 255, 255];
    set(x, y, c);
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true]]) {
  writeFileSync(new URL(`../public/icons/${name}`, import.meta.url), icon(size, maskable));
}
