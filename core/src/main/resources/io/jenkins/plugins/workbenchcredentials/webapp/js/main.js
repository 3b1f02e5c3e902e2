/*
 * Workbench Credentials page, entry module: mounts the page (workbench.js) into the element
 * #workbench-credentials, configured by its data attributes:
 *
 *   data-api-base      URL of the API root, relative to the page (e.g. "api/")
 *   data-crumb-field   name of Jenkins' CSRF crumb header; with data-crumb, its value (sent on every POST);
 *                      without them, the crumb Jenkins' layout puts on <head> (data-crumb-header/-value)
 *   data-token-source  "fragment": an access token comes in the address as #token=… (the preview)
 *   data-i18n-base     folder of the translations; by default i18n/ in the page's folder, beside js/
 *   data-page-title    "true": the document title follows the page's language
 *   data-host          "jenkins": the page sits in Jenkins' layout, and its row menu buttons take Jenkins' look
 *
 * It works under a strict Content-Security-Policy (script-src 'self'; style-src 'self'): no inline
 * script, style or handler, and every piece of data reaches the page as text, never as markup.
 * Secrets typed into the forms are sent once and never written back into the page.
 */

import { Api } from './api/client.js';
import { readToken } from './api/access-token.js';
import { loadTranslations } from './i18n/translations.js';
import { clear, el } from './dom/elements.js';
import { Workbench } from './workbench.js';

const TRANSLATIONS = new URL('../i18n/', import.meta.url);

function start() {
  const root = document.getElementById('workbench-credentials');
  if (!root) {
    return;
  }
  const token = readToken(root);
  loadTranslations(root, TRANSLATIONS).then((i18n) => {
    const page = new Workbench(root, i18n, new Api(root, token));
    page.mount();
    if (root.dataset.tokenSource === 'fragment' && !token) {
      page.notices.error(i18n.t('error.noToken'));
    }
  }, () => {
    clear(root).append(el('p', { class: 'wbc-fatal', role: 'alert' }, 'The page could not load its translations. Reload to try again.'));
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
