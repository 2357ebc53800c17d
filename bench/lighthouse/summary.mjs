// Summary of Lighthouse JSON reports of one page (several runs) for bench/lighthouse.sh:
//   node summary.mjs THRESHOLD NAME PATH REPORT.json...
// Prints one line: median [min-max] per category; "!" marks a judged category whose median is below THRESHOLD,
// followed by the audits that cost it points in those runs. Exit code 1 when any judged median is below THRESHOLD.
import { readFileSync } from 'node:fs';

const [threshold, name, path, ...files] = process.argv.slice(2);
const judged = ['performance', 'accessibility', 'best-practices'];
const shown = [...judged, 'seo'];
const labels = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' };

const reports = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

let failed = false;
const parts = [];
const weak = new Map(); // audit id -> its value in the first run where it lost points
for (const id of shown) {
  // A run that could not load the page (runtimeError) has a null score: it counts as 0, never as a pass.
  const scores = reports.map((report) => Math.round((report.categories[id]?.score ?? 0) * 100));
  const m = median(scores);
  const below = judged.includes(id) && m < Number(threshold);
  failed ||= below;
  const range = scores.length > 1 ? ` [${Math.min(...scores)}-${Math.max(...scores)}]` : '';
  parts.push(`${labels[id]} ${String(m).padStart(3)}${range}${below ? ' !' : ''}`);
  if (below) {
    for (const report of reports) {
      for (const ref of report.categories[id]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit?.score !== null && audit?.score < 0.9) {
          if (!weak.has(ref.id)) weak.set(ref.id, audit.displayValue ? `${ref.id} (${audit.displayValue})` : ref.id);
        }
      }
    }
  }
}
const errors = reports.map((report) => report.runtimeError?.code).filter(Boolean);
let line = `${name.padEnd(13)} ${parts.join('  ')}  ${path}`;
if (errors.length) line += `\n    runtime errors: ${[...new Set(errors)].join(', ')}`;
if (weak.size) line += `\n    weak audits: ${[...weak.values()].slice(0, 12).join('; ')}`;
console.log(line);
process.exit(failed ? 1 : 0);
