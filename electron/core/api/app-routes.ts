import * as v from 'valibot';
import { none, route } from './route';

/** Only http(s) links leave the app; javascript:, file: and the rest are refused here. */
const webUrl = v.pipe(
  v.string(),
  v.maxLength(4096),
  v.check((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch {
      return false;
    }
  }, 'only http and https links can be opened'),
);

/** Things only the desktop shell can do. */
export const appRoutes = {
  'app.chooseFolder': route(none, (s) => s.app.chooseFolder()),
  'app.openLink': route(v.strictObject({ url: webUrl }), (s, a) => s.app.openLink(a.url)),
};
