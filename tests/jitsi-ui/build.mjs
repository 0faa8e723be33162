#!/usr/bin/env node
// Builds Jitsi Meet's own web UI into one offline HTML page for the e2e tests (tests/e2e/jitsi-real-ui.spec.ts).
// The web source comes from the npm package @jitsi/react-native-sdk (Apache-2.0), which ships jitsi-meet's
// `react/`, `modules/` and `lang/` folders but none of the root files (index.html, app.js, config.js,
// lib-jitsi-meet); small stand-ins in stand-ins/ take their place. The sdk is fetched with `npm pack`
// (never installed: its package.json points two dependencies at non-registry URLs) and checked against
// a pinned integrity, so the build needs only the npm registry. The page's web dependencies (React,
// MUI, tss-react, …) are devDependencies in package.json, at the sdk's pinned versions where it pins
// them; React is 18, not the sdk's 19, because react-redux 7.2.9 (pinned by the sdk) accepts React up
// to 18 as a peer and `npm ci` would refuse 19.
//
// Output: tests/jitsi-ui/.cache/jitsi-ui.html (bundle and styles inlined), skipped when the hash of
// every input (sdk version, stand-ins, this script, lockfile) matches the one recorded beside it.
// `--force` rebuilds regardless. See docs/jitsi-ui-harness.md for moving to a newer jitsi-meet.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * Which jitsi-meet the UI is built from: the sdk release (it ships jitsi-meet's web source of that
 * release), the tarball's npm integrity, and the lib-jitsi-meet its package.json pairs it with (not
 * used here: stand-ins/lib-jitsi-meet.js takes its place). To move on, see docs/jitsi-ui-harness.md.
 */
export const JITSI_SDK = {
  name: '@jitsi/react-native-sdk',
  version: '13.2.0',
  libJitsiMeet: 'v2213.0.0+efdfd83c',
  integrity: 'sha512-J7itSoy85IScxeC4letOtoS33Sp0tH5hLYFHYtH+v3WQwLjganuWlFCjlDbL5ks9ebGhVNsCyCBdML9qC+SAWw==',
};

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
export const CACHE_DIR = join(HERE, '.cache');
export const PAGE = join(CACHE_DIR, 'jitsi-ui.html');
const SDK_DIR = join(CACHE_DIR, `sdk-${JITSI_SDK.version}`);
const STAND_INS = join(HERE, 'stand-ins');
const HASH_FILE = join(CACHE_DIR, 'inputs.sha256');

/**
 * Packages the web code imports that have nothing to do with what the tests look at (analytics,
 * virtual backgrounds, noise suppression, GIPHY, Dropbox, the React Native side of shared files);
 * each becomes an inert stand-in module instead of a devDependency.
 */
const INERT_PACKAGES = [
  '@amplitude/analytics-browser', '@amplitude/analytics-core', '@amplitude/analytics-types',
  '@giphy/js-fetch-api', '@giphy/react-components', '@jitsi/excalidraw', '@jitsi/rnnoise-wasm', '@microsoft/microsoft-graph-client',
  '@react-native-async-storage/async-storage', '@react-native-community/netinfo', '@react-navigation/bottom-tabs',
  '@react-navigation/elements', '@react-navigation/material-top-tabs', '@react-navigation/native',
  '@react-navigation/stack', '@sayem314/react-native-keep-awake', '@stomp/stompjs', '@tensorflow-models/body-segmentation',
  '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-webgl', '@tensorflow/tfjs-backend-webgpu',
  '@tensorflow/tfjs-core', '@vladmandic/human', '@xmldom/xmldom', 'abab', 'dropbox', 'image-capture',
  'jquery-i18next', 'pixelmatch', 'promise.withresolvers', 'react-native',
  'react-native-background-timer', 'react-native-performance', 'react-native-safe-area-context',
  'react-native-url-polyfill', 'react-native-webrtc', 'react-virtualized-auto-sizer', 'react-youtube',
  'seamless-scroll-polyfill', 'text-encoding', 'ts-ebml', 'wasm-check', 'windows-iana', 'fs', 'path',
];

/** Packages that need a stand-in that behaves a little (stand-ins/<file>). */
const STAND_IN_PACKAGES = { 'i18next-http-backend': 'i18next-http-backend.js' };

function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function inputHash() {
  const parts = [JSON.stringify(JITSI_SDK), readFileSync(fileURLToPath(import.meta.url))];
  for (const file of filesBelow(STAND_INS).sort()) parts.push(relative(HERE, file), readFileSync(file));
  parts.push(readFileSync(join(ROOT, 'package-lock.json')));
  return sha256(Buffer.concat(parts.map((part) => Buffer.from(part))));
}

/** Fetch the sdk tarball through npm (its cache makes a second fetch free) and unpack it. */
function fetchSdk() {
  if (existsSync(join(SDK_DIR, 'package.json'))) return;
  mkdirSync(CACHE_DIR, { recursive: true });
  const spec = `${JITSI_SDK.name}@${JITSI_SDK.version}`;
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', spec, '--json', '--pack-destination', CACHE_DIR], { cwd: CACHE_DIR, encoding: 'utf8' }),
  );
  const tarball = join(CACHE_DIR, packed.filename);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== JITSI_SDK.integrity) {
    rmSync(tarball);
    throw new Error(`${spec}: integrity ${integrity} is not the pinned ${JITSI_SDK.integrity}`);
  }
  rmSync(SDK_DIR, { recursive: true, force: true });
  mkdirSync(SDK_DIR, { recursive: true });
  // Only the web source; the native folders and sounds are not needed.
  execFileSync('tar', ['xzf', tarball, '-C', SDK_DIR, '--strip-components=1', 'package/react', 'package/modules', 'package/lang', 'package/images', 'package/package.json']);
  rmSync(tarball);
}

/** The names `importer` imports (or re-exports) from `specifier`: `import A, { b, c as d } from '…'`. */
function importedNames(importer, specifier) {
  const source = existsSync(importer) ? readFileSync(importer, 'utf8') : '';
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const names = new Set();
  for (const [, clause] of source.matchAll(new RegExp(`(?:import|export)\\s+(?:type\\s+)?([^;]*?)\\s+from\\s+['"]${quoted}['"]`, 'g'))) {
    const braces = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    for (const part of braces.split(',')) {
      const imported = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]?.trim();
      if (imported && imported !== 'default' && /^[A-Za-z_$][\w$]*$/.test(imported)) names.add(imported);
    }
  }
  return [...names];
}

/**
 * How the sdk's web source is read the way jitsi-meet's own webpack build reads it: `.web.*` before
 * the shared files, SVG icons as React components, the globals a page gets from its root files.
 */
function jitsiPlugin() {
  const inert = new Set(INERT_PACKAGES);
  return {
    name: 'jitsi-ui',
    setup(build) {
      // The entry's own way to name a file of the sdk.
      build.onResolve({ filter: /^jitsi-sdk\// }, (args) =>
        build.resolve(`./${args.path.slice('jitsi-sdk/'.length)}`, { resolveDir: SDK_DIR, kind: args.kind }),
      );
      build.onResolve({ filter: /^[@a-z]/ }, (args) => {
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        if (STAND_IN_PACKAGES[args.path]) return { path: join(STAND_INS, STAND_IN_PACKAGES[args.path]) };
        if (!inert.has(name)) return undefined;
        return { path: args.path, namespace: 'inert', pluginData: { names: importedNames(args.importer, args.path) } };
      });
      // One stand-in module per import, exporting exactly the names that import asks for.
      build.onLoad({ filter: /.*/, namespace: 'inert' }, (args) => ({
        resolveDir: STAND_INS,
        loader: 'js',
        contents: [
          `import inert from './inert.cjs';`,
          'export default inert;',
          ...args.pluginData.names.map((imported) => `export const ${imported} = inert.${imported};`),
        ].join('\n'),
      }));
      // jitsi-meet's build turns each icon into a React component (svgr); here the SVG's markup
      // is kept as it is and its root attributes become the component's defaults.
      build.onLoad({ filter: /\.svg$/ }, (args) => {
        const svg = readFileSync(args.path, 'utf8').replace(/<\?xml[^>]*>/, '').replace(/<!--[\s\S]*?-->/g, '');
        const match = /<svg([^>]*)>([\s\S]*)<\/svg>/.exec(svg);
        const attributes = {};
        for (const [, key, value] of (match?.[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
          if (!key.startsWith('xmlns')) attributes[key === 'class' ? 'className' : key.replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = value;
        }
        return {
          loader: 'js',
          contents: `import { createElement } from 'react';
const attributes = ${JSON.stringify(attributes)};
const markup = ${JSON.stringify(match?.[2] ?? '')};
export default function SvgIcon(props) {
  return createElement('svg', { ...attributes, ...props, dangerouslySetInnerHTML: { __html: markup } });
}`,
        };
      });
    },
  };
}

async function bundle() {
  const result = await esbuild.build({
    entryPoints: [join(STAND_INS, 'entry.js')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: false,
    legalComments: 'none',
    logLevel: 'silent',
    nodePaths: [join(ROOT, 'node_modules')],
    resolveExtensions: ['.web.tsx', '.web.ts', '.web.js', '.tsx', '.ts', '.js', '.json'],
    // The repository's own tsconfig is Preact's; the sdk's code is React with the automatic runtime.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react', useDefineForClassFields: false } },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.js': 'jsx', '.png': 'dataurl', '.gif': 'dataurl', '.mp3': 'empty', '.opus': 'empty', '.wav': 'empty', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
    plugins: [jitsiPlugin()],
  });
  return result.outputFiles[0].text;
}

function page(script) {
  // `<\/script` inside the bundle would end the inline script early.
  const inline = script.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Jitsi Meet</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- The app's sounds (joined, knock, …) are files beside index.html that the tests do not serve. -->
<meta http-equiv="Content-Security-Policy" content="media-src 'none'">
<style>${readFileSync(join(STAND_INS, 'page.css'), 'utf8')}</style>
</head>
<body>
<div id="react" role="main"></div>
<script>${inline}</script>
</body>
</html>
`;
}

/** Build the page unless the cache already holds one from the same inputs; returns its path. */
export async function buildJitsiUi({ force = false, log = console.log } = {}) {
  const hash = inputHash();
  if (!force && existsSync(PAGE) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8').trim() === hash) {
    log(`jitsi-ui: cached (${relative(ROOT, PAGE)})`);
    return PAGE;
  }
  const started = Date.now();
  fetchSdk();
  const html = page(await bundle());
  writeFileSync(PAGE, html);
  writeFileSync(HASH_FILE, `${hash}\n`);
  log(`jitsi-ui: built ${relative(ROOT, PAGE)} (${(html.length / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return PAGE;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildJitsiUi({ force: process.argv.includes('--force') }).catch((error) => {
    for (const message of error.errors ?? []) console.error(`${message.location?.file}:${message.location?.line}: ${message.text}`);
    console.error(error.errors ? `jitsi-ui: ${error.errors.length} build errors` : error);
    process.exit(1);
  });
}
