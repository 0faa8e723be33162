// Stands in for i18next-http-backend, which fetches translations from lang/ beside index.html. The
// English strings are bundled by the app itself and other languages are not served: every read
// answers "nothing more", asynchronously as a fetch would.
export default class StandInBackend {
  static type = 'backend';
  type = 'backend';
  init() {}
  read(_language, _namespace, callback) {
    setTimeout(() => callback(null, {}), 0);
  }
}
