/* Links to the pipelines, jobs and builds that use a credential; their names and URLs come from the server. */

import { el } from './elements.js';

/** Only http(s) links are shown as links: a javascript: URL from a stored name must never run. */
export function safeUrl(value) {
  if (!value) {
    return null;
  }
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

/** A link when the URL is safe to follow, else the same text without one. */
export function linkOrText(text, url, className) {
  const href = safeUrl(url);
  return href ? el('a', { href: href, class: className, rel: 'noopener noreferrer' }, text) : el('span', { class: className }, text);
}

/** A build as Jenkins names it: "#42" for build number 42. */
export function buildName(build) {
  return /^\d+$/.test(build) ? '#' + build : build;
}
