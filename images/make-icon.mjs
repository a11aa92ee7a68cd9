// Draws images/icon.png (128×128): a teal rounded square, a white open "C"
// and an amber check mark. No image library: shapes are tested per pixel
// (4×4 supersampled for smooth edges) and written as an RGBA PNG with zlib.
// Run: node images/make-icon.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const TEAL = [31, 111, 107];
const WHITE = [255, 255, 255];
const AMBER = [242, 193, 78];

function insideRoundedSquare(x, y) {
  const margin = 4, radius = 24, max = SIZE - margin;
  const cx = Math.min(Math.max(x, margin + radius), max - radius);
  const cy = Math.min(Math.max(y, margin + radius), max - radius);
  return x >= margin && x <= max && y >= margin && y <= max && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideC(x, y) {
  const dx = x - 64, dy = y - 64;
  const r = Math.hypot(dx, dy);
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI; // 0° points right
  return r >= 33 && r <= 47 && Math.abs(angle) >= 42;
}

function distanceToSegment(x, y, [x1, y1], [x2, y2]) {
  const vx = x2 - x1, vy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (x1 + t * vx), y - (y1 + t * vy));
}

function insideCheck(x, y) {
  const a = [50, 66], b = [61, 78], c = [84, 50];
  return Math.min(distanceToSegment(x, y, a, b), distanceToSegment(x, y, b, c)) <= 5.5;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (insideCheck(x, y)) return AMBER;
  if (insideC(x, y)) return WHITE;
  return TEAL;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0 + RGBA
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0];
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (colour === null) continue;
        covered++;
        for (let i = 0; i < 3; i++) sum[i] += colour[i];
      }
    }
    const offset = 1 + px * 4;
    for (let i = 0; i < 3; i++) row[offset + i] = covered ? Math.round(sum[i] / covered) : 0;
    row[offset + 3] = Math.round((covered / SAMPLES ** 2) * 255);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
process.stdout.write(`images/icon.png: ${png.length} bytes\n`);
