// @ts-check
// A Vite plugin that takes the one HTML sink out of Preact's runtime: the line that applies
// `dangerouslySetInnerHTML` (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`).
//
// Why: participant names are attacker-controlled text, and shipped code renders text, never
// markup (`npm run lint` refuses `dangerouslySetInnerHTML` in our own code). Preact's runtime still
// carries the assignment, so Mozilla's add-on linter (`npm run lint:firefox`) warns about an
// "unsafe assignment to innerHTML" in every bundle that has Preact. With this plugin the prop can
// no longer do anything but throw, and the warning goes away at its source.
//
// If a Preact update changes that code, the build stops here instead of shipping the sink again.
// Register it in wxt.config.ts: `vite: () => ({ plugins: [preactWithoutHtmlSink()], ... })`.

/** Preact's ES builds, the ones a bundler takes for `import … from 'preact'`. */
const PREACT_RUNTIME = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/;
/** `(u.innerHTML=h.__html)` in the minified runtime, whatever the minifier named the variables. */
const SINK = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const REFUSAL = '(()=>{throw new TypeError("dangerouslySetInnerHTML is switched off in Vertraulich")})()';

/** @returns {import('vite').Plugin} */
export function preactWithoutHtmlSink() {
  return {
    name: 'vertraulich:preact-without-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_RUNTIME.test(id.split('?')[0] ?? '')) return null;
      const found = code.match(SINK)?.length ?? 0;
      if (found !== 1) {
        this.error(
          `Expected Preact's one dangerouslySetInnerHTML assignment in ${id}, found ${found}. ` +
            'Preact changed: update scripts/vite-preact-without-html-sink.mjs.',
        );
      }
      return { code: code.replace(SINK, REFUSAL), map: null };
    },
  };
}
