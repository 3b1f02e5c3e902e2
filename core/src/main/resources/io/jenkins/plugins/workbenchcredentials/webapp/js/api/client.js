/*
 * The workbench JSON API, at the mount point's data-api-base. Every change is a POST with a JSON body,
 * carrying Jenkins' CSRF crumb inside Jenkins and the access token in the preview.
 */

const TOKEN_HEADER = 'X-Workbench-Token';

/** A refused or failed call: the HTTP status (0 when the server was not reached) and the server's error. */
export class ApiError extends Error {
  constructor(status, answer) {
    super();
    const error = answer || {}; // a failed call may bring no JSON at all
    this.name = 'ApiError';
    this.status = status;
    this.code = error.code || null;
    this.field = error.field || null;
    this.serverMessage = error.message || null;
    this.problems = error.problems || null;
    this.whereUsed = error.whereUsed || null;
    this.message = 'Workbench API answered ' + status + (this.code ? ' ' + this.code : '');
  }
}

export class Api {
  constructor(root, token) {
    this.base = new URL(root.dataset.apiBase || 'api/', document.baseURI);
    this.token = token;
    // Inside Jenkins the layout announces the crumb on <head>; a host may also pass it on the mount point.
    this.crumbField = root.dataset.crumbField || document.head.dataset.crumbHeader || null;
    this.crumb = root.dataset.crumb || document.head.dataset.crumbValue || null;
  }

  url(path, params) {
    const url = new URL(path, this.base);
    Object.keys(params || {}).forEach((name) => {
      const value = params[name];
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(name, String(value));
      }
    });
    return url;
  }

  /** Resolves to the JSON answer; rejects with an ApiError carrying the server's code, field and message. */
  request(method, path, options = {}) {
    const headers = { Accept: 'application/json' };
    if (this.token) {
      headers[TOKEN_HEADER] = this.token;
    }
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      if (this.crumbField && this.crumb) {
        headers[this.crumbField] = this.crumb;
      }
    }
    const init = { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store', signal: options.signal };
    if (options.body !== undefined) {
      init.body = JSON.stringify(options.body);
    }
    return fetch(this.url(path, options.params), init).then((response) => {
      const type = response.headers.get('Content-Type') || '';
      const parsed = type.indexOf('json') >= 0 ? response.json().catch(() => null) : Promise.resolve(null);
      return parsed.then((data) => {
        if (!response.ok) {
          throw new ApiError(response.status, data && data.error);
        }
        return data;
      });
    }, (error) => {
      if (error && error.name === 'AbortError') {
        throw error;
      }
      throw new ApiError(0, { code: 'NETWORK' });
    });
  }

  get(path, params, signal) {
    return this.request('GET', path, { params: params, signal: signal });
  }

  post(path, body, params, signal) {
    return this.request('POST', path, { body: body, params: params, signal: signal });
  }
}

/** The API path of one credential, or of one of its actions (e.g. "where-used", "delete"). */
export function credentialPath(id, suffix) {
  return 'credentials/' + encodeURIComponent(id) + (suffix ? '/' + suffix : '');
}

/** Whether a request ended because the page cancelled it (a newer search, a closed form). */
export function isAbort(error) {
  return error && error.name === 'AbortError';
}
