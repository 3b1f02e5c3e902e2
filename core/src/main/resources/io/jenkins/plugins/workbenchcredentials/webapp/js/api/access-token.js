/* The preview's access token, which every API call of the preview needs. Jenkins has none: it has a session. */

const TOKEN_KEY = 'workbench-credentials.token';

/** The access token of the preview: taken from #token=…, kept for the tab, removed from the address. */
export function readToken(root) {
  if (root.dataset.tokenSource !== 'fragment') {
    return null;
  }
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  if (token) {
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch (e) {
      // Storage may be off; the token still serves this page view.
    }
    fragment.delete('token');
    const rest = fragment.toString();
    history.replaceState(history.state, '', location.pathname + location.search + (rest ? '#' + rest : ''));
    return token;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch (e) {
    return null;
  }
}
