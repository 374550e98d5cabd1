// chrono.mjs measures chrono-node's parse (English, casual) on the articles
// of a generated corpus, each parsed against its publication date, for
// comparison with timeline's tagger on the same text:
//
//   npm install --prefix bench/peers/chrono
//   node bench/peers/chrono/chrono.mjs /tmp/timeline-bench/c1000 500
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, basename } from "node:path";
import * as chrono from "chrono-node";

// files lists the .md files under dir, recursively.
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : name.endsWith(".md") ? [p] : [];
  });
}

// parse splits a file's front matter and reads its date.
function parse(p) {
  const text = readFileSync(p, "utf8");
  const end = text.indexOf("\n---\n", 4);
  const date = /\ndate: (\d{4}-\d{2}-\d{2})/.exec(text.slice(0, end))[1];
  return { ref: new Date(date + "T00:00:00Z"), body: text.slice(end + 5) };
}

const [dir, n = "500"] = process.argv.slice(2);
const paths = files(join(dir, "content")).sort((a, b) => (basename(a) < basename(b) ? -1 : 1));
const articles = paths.slice(0, Number(n)).map(parse);
for (const a of articles.slice(0, 50)) chrono.parse(a.body, a.ref); // warm the JIT up
let bytes = 0, found = 0;
const start = process.hrtime.bigint();
for (const a of articles) {
  found += chrono.parse(a.body, a.ref).length;
  bytes += Buffer.byteLength(a.body);
}
const secs = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`chrono-node: ${articles.length} articles, ${bytes} bytes, ${found} matches (${(found / articles.length).toFixed(1)}/article), ${secs.toFixed(3)}s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
