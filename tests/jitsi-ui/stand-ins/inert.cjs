// Stands in for a package the tests never exercise (see INERT_PACKAGES in build.mjs): every property
// is again such a stand-in, callable and constructible, so importing and touching it is harmless.
function inert() {
  return new Proxy(function () {}, {
    get(_target, key) {
      // Not an ES module: the bundler hands the whole stand-in over as the default export.
      if (key === '__esModule') return false;
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'then') return undefined;
      return inert();
    },
    apply() {
      return inert();
    },
    construct() {
      return inert();
    },
  });
}
module.exports = inert();
