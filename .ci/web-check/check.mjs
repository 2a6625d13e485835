// Opens every web page of an output folder in headless Chromium, runs axe-core on it and takes
// full-page screenshots at phone (390 px) and desktop (1280 px) width. Fails (exit 1) on any axe
// violation, any request the page makes other than its own file, a font that does not load, or
// a page wider than a phone's screen. Run by .ci/check-web-pages, which installs what it needs.
//
//   node check.mjs <tools folder with node_modules> <output folder> <screenshot folder>
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const [tools, outputDir, shotsDir] = process.argv.slice(2);
const require = createRequire(path.resolve(tools, 'package.json'));
const puppeteer = require('puppeteer-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [390, 1280];

const pages = fs.readdirSync(outputDir, { withFileTypes: true })
  .filter(d => d.isDirectory())
  .flatMap(d => fs.readdirSync(path.join(outputDir, d.name))
    .filter(f => f.endsWith('.html'))
    .map(f => path.join(outputDir, d.name, f)))
  .sort();
if (pages.length === 0) {
  console.error(`no web pages (*.html) in ${outputDir}/<brand>/`);
  process.exit(1);
}
fs.mkdirSync(shotsDir, { recursive: true });

const chromium = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
// Checks one page; returns what is wrong with it.
async function check(file) {
    const problems = [];
    const shown = path.relative(process.cwd(), file);
    const url = pathToFileURL(path.resolve(file)).href;
    const page = await browser.newPage();
    // The published page must not fetch anything: every request but the page itself is refused
    // and reported (data: URIs are not requests).
    await page.setRequestInterception(true);
    page.on('request', request => {
      if (request.url() === url) return request.continue();
      if (request.url().startsWith('data:')) return request.continue();
      problems.push(`${shown}: the page requests ${request.url()}`);
      return request.abort();
    });
    page.on('console', message => {
      if (message.type() === 'error') problems.push(`${shown}: console error: ${message.text()}`);
    });
    await page.setViewport({ width: WIDTHS[0], height: 844 });
    await page.goto(url, { waitUntil: 'load' });
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map(f => `${f.family} ${f.weight}: ${f.status}`);
    });
    if (fonts.length === 0) problems.push(`${shown}: no @font-face fonts`);
    for (const f of fonts) if (!f.endsWith(': loaded')) problems.push(`${shown}: font ${f}`);

    for (const width of WIDTHS) {
      await page.setViewport({ width, height: width < 800 ? 844 : 900 });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) problems.push(`${shown}: ${scrollWidth} px wide at a ${width} px window (scrolls sideways)`);
      // axe runs at each width: hidden and reflowed content differs between them.
      const result = await page.evaluate(async source => {
        // Injected here, into the test browser only: the published page has no script.
        if (!window.axe) {
          const script = document.createElement('script');
          script.textContent = source;
          document.head.appendChild(script);
          script.remove();
        }
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n` +
          v.nodes.map(n => `      at ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n'));
      }, axeSource);
      for (const v of result) problems.push(`${shown} at ${width} px: axe: ${v}`);
      const name = `${path.basename(path.dirname(file))}-${path.basename(file, '.html')}-${width}.png`;
      await page.screenshot({ path: path.join(shotsDir, name), fullPage: true });
    }
    await page.emulateMediaType('print');
    await page.pdf({ path: path.join(shotsDir, `${path.basename(path.dirname(file))}-${path.basename(file, '.html')}-print.pdf`), format: 'A4' });
    await page.close();
    return problems;
}

const problems = [];
try {
  // A control page first: the check must catch a picture without a text alternative and a request
  // to the network, or it would pass anything.
  const control = path.join(shotsDir, 'control', 'control.html');
  fs.mkdirSync(path.dirname(control), { recursive: true });
  fs.writeFileSync(control, '<!DOCTYPE html><html lang="en"><head><title>Control</title></head><body><main>'
    + '<h1>Control</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><img alt="x" src="http://192.0.2.1/x.png">'
    + '</main></body></html>');
  const caught = await check(control);
  if (!caught.some(p => p.includes('image-alt')) || !caught.some(p => p.includes('requests http://192.0.2.1/'))) {
    problems.push(`the check did not catch the faults of its control page: ${JSON.stringify(caught)}`);
  }
  fs.rmSync(path.dirname(control), { recursive: true, force: true });
  for (const file of pages) {
    problems.push(...await check(file));
    console.log(`checked  ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await browser.close();
}
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in the web pages.`);
  process.exit(1);
}
console.log(`${pages.length} web pages: no axe violations, no requests; screenshots in ${shotsDir}`);
