/*
 * Workbench Credentials page: the list, the create/edit form and the delete dialog, over the workbench
 * JSON API. It mounts into the element #workbench-credentials, configured by its data attributes:
 *
 *   data-api-base      URL of the API root, relative to the page (e.g. "api/")
 *   data-crumb-field   name of Jenkins' CSRF crumb header; with data-crumb, its value (sent on every POST);
 *                      without them, the crumb Jenkins' layout puts on <head> (data-crumb-header/-value)
 *   data-token-source  "fragment": an access token comes in the address as #token=… (the preview)
 *   data-i18n-base     folder of the translations; by default i18n/ beside this script
 *   data-page-title    "true": the document title follows the page's language
 *
 * It works under a strict Content-Security-Policy (script-src 'self'; style-src 'self'): no inline
 * script, style or handler, and every piece of data reaches the page as text, never as markup.
 * Secrets typed into the forms are sent once and never written back into the page.
 */
(function () {
  'use strict';

  var SCRIPT_URL = document.currentScript && document.currentScript.src ? document.currentScript.src : document.baseURI;
  var TOKEN_KEY = 'workbench-credentials.token';
  var TOKEN_HEADER = 'X-Workbench-Token';
  var ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
  var ID_MAX = 128;
  var DESCRIPTION_MAX = 1024;
  var NAMESPACE_PATTERN = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
  var KUBECONFIG_MAX_BYTES = 1024 * 1024;
  var SEARCH_DELAY_MS = 250;
  var KUBECONFIG_CHECK_DELAY_MS = 400;
  var EXPIRY_WARNING_DAYS = 30;
  var PAGE_SIZES = [10, 20, 50, 100];
  var TYPES = ['username-password', 'secret-text', 'kubeconfig'];
  var DAY_MS = 24 * 60 * 60 * 1000;

  // ---------------------------------------------------------------- DOM helpers

  var nextId = 0;

  /** A unique element ID, prefixed so it cannot collide with the host page's IDs. */
  function uid(name) {
    nextId += 1;
    return 'wbc-' + name + '-' + nextId;
  }

  var PROPERTIES = { value: true, checked: true, disabled: true, hidden: true, readOnly: true, selected: true, required: true };

  /**
   * Builds an element. Children are nodes or strings (added as text, so data can never become markup);
   * properties such as value are set after the children, so a select's value finds its option.
   */
  function el(tag, attributes) {
    var node = document.createElement(tag);
    var children = Array.prototype.slice.call(arguments, 2);
    var properties = [];
    if (attributes) {
      Object.keys(attributes).forEach(function (key) {
        var value = attributes[key];
        if (value === undefined || value === null || value === false) {
          return;
        }
        if (key === 'class') {
          node.className = value;
        } else if (key === 'text') {
          node.textContent = value;
        } else if (key === 'dataset') {
          Object.keys(value).forEach(function (name) { node.dataset[name] = value[name]; });
        } else if (PROPERTIES[key]) {
          properties.push([key, value]);
        } else {
          node.setAttribute(key, value === true ? '' : String(value));
        }
      });
    }
    append(node, children);
    properties.forEach(function (pair) { node[pair[0]] = pair[1]; });
    return node;
  }

  function append(node, children) {
    children.forEach(function (child) {
      if (Array.isArray(child)) {
        append(node, child);
      } else if (child !== null && child !== undefined && child !== false) {
        node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
      }
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  function button(label, options) {
    options = options || {};
    var node = el('button', {
      type: options.type || 'button',
      class: 'wbc-btn' + (options.variant ? ' wbc-btn-' + options.variant : '') + (options.extraClass ? ' ' + options.extraClass : ''),
      'aria-label': options.ariaLabel,
      disabled: options.disabled,
      form: options.form
    }, label);
    if (options.onClick) {
      node.addEventListener('click', options.onClick);
    }
    return node;
  }

  /** A key, drawn rather than taken from a font that may lack the emoji. */
  function keyIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 48 48');
    svg.setAttribute('width', '48');
    svg.setAttribute('height', '48');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'wbc-empty-icon');
    var circle = document.createElementNS(ns, 'circle');
    [['cx', '16'], ['cy', '24'], ['r', '8']].forEach(function (a) { circle.setAttribute(a[0], a[1]); });
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M24 24h18M36 24v7M42 24v5');
    [circle, path].forEach(function (shape) {
      shape.setAttribute('fill', 'none');
      shape.setAttribute('stroke', 'currentColor');
      shape.setAttribute('stroke-width', '4');
      shape.setAttribute('stroke-linecap', 'round');
      svg.append(shape);
    });
    return svg;
  }

  /** Only http(s) links are shown as links: a javascript: URL from a stored name must never run. */
  function safeUrl(value) {
    if (!value) {
      return null;
    }
    try {
      var url = new URL(value, document.baseURI);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function linkOrText(text, url, className) {
    var href = safeUrl(url);
    return href ? el('a', { href: href, class: className, rel: 'noopener noreferrer' }, text) : el('span', { class: className }, text);
  }

  /** A build as Jenkins names it: "#42" for build number 42. */
  function buildName(build) {
    return /^\d+$/.test(build) ? '#' + build : build;
  }

  function debounce(fn, delay) {
    var timer = null;
    var wrapped = function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, delay);
    };
    wrapped.cancel = function () { clearTimeout(timer); };
    return wrapped;
  }

  function isVisible(node) {
    return node.getClientRects().length > 0;
  }

  var FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), '
    + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

  function focusables(container) {
    return Array.prototype.filter.call(container.querySelectorAll(FOCUSABLE), isVisible);
  }

  // ---------------------------------------------------------------- translations

  /** Simplified Chinese for any Chinese browser language, English otherwise. */
  function chooseLanguage() {
    var language = (navigator.language || 'en').toLowerCase();
    return language.indexOf('zh') === 0 ? 'zh-CN' : 'en';
  }

  function formatMessage(text, args) {
    return text.replace(/\{(\d+)\}/g, function (match, index) {
      return Number(index) < args.length ? String(args[Number(index)]) : match;
    });
  }

  function Translations(language, messages) {
    this.language = language;
    this.messages = messages;
    this.plurals = new Intl.PluralRules(language);
  }

  /** The message of a key with its {0}, {1}… filled in; the key itself when a translation is missing. */
  Translations.prototype.t = function (key) {
    var text = this.messages[key];
    var args = Array.prototype.slice.call(arguments, 1);
    return text === undefined ? key : formatMessage(text, args);
  };

  /** A counted message: key.one or key.other by the language's plural rules; {0} is the count. */
  Translations.prototype.n = function (key, count) {
    var form = key + '.' + this.plurals.select(count);
    var chosen = this.messages[form] !== undefined ? form : key + '.other';
    var args = [chosen, count].concat(Array.prototype.slice.call(arguments, 2));
    return this.t.apply(this, args);
  };

  function loadTranslations(root) {
    var language = chooseLanguage();
    var base = new URL(root.dataset.i18nBase || 'i18n/', root.dataset.i18nBase ? document.baseURI : SCRIPT_URL);
    return fetch(new URL(language + '.json', base), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('translations ' + response.status);
        }
        return response.json();
      })
      .then(function (messages) { return new Translations(language, messages); });
  }

  // ---------------------------------------------------------------- dates

  function Dates(language) {
    // Dates follow the browser's own regional format when it is a variant of the page's language.
    var browser = navigator.language || language;
    var locale = browser.toLowerCase().indexOf(language.slice(0, 2).toLowerCase()) === 0 ? browser : language;
    this.absoluteFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    this.dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    this.relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  }

  var UNITS = [['year', 365 * DAY_MS], ['month', 30 * DAY_MS], ['week', 7 * DAY_MS], ['day', DAY_MS],
    ['hour', 60 * 60 * 1000], ['minute', 60 * 1000]];

  Dates.prototype.absolute = function (iso) {
    return this.absoluteFormat.format(new Date(iso));
  };

  Dates.prototype.date = function (iso) {
    return this.dateFormat.format(new Date(iso));
  };

  /** "3 days ago", "in 2 weeks", "now". */
  Dates.prototype.relative = function (iso) {
    var delta = new Date(iso).getTime() - Date.now();
    for (var i = 0; i < UNITS.length; i++) {
      if (Math.abs(delta) >= UNITS[i][1]) {
        return this.relativeFormat.format(Math.round(delta / UNITS[i][1]), UNITS[i][0]);
      }
    }
    return this.relativeFormat.format(0, 'second');
  };

  /** Like relative, but in days up to two months away: "in 12 days" says more than "in 2 weeks" of an expiry. */
  Dates.prototype.relativeDays = function (iso) {
    var delta = new Date(iso).getTime() - Date.now();
    if (Math.abs(delta) >= DAY_MS && Math.abs(delta) < 60 * DAY_MS) {
      return this.relativeFormat.format(Math.round(delta / DAY_MS), 'day');
    }
    return this.relative(iso);
  };

  /** A date cell: the relative form first, the local date and time under it. */
  Dates.prototype.element = function (iso) {
    return el('time', { datetime: iso, class: 'wbc-date' },
      el('span', { class: 'wbc-date-relative' }, this.relative(iso)),
      el('span', { class: 'wbc-date-absolute' }, this.absolute(iso)));
  };

  /** "past", "soon" (within 30 days) or "later". */
  function expiryState(iso) {
    var left = new Date(iso).getTime() - Date.now();
    if (left <= 0) {
      return 'past';
    }
    return left <= EXPIRY_WARNING_DAYS * DAY_MS ? 'soon' : 'later';
  }

  // ---------------------------------------------------------------- API

  function ApiError(status, error) {
    this.name = 'ApiError';
    this.status = status;
    error = error || {};
    this.code = error.code || null;
    this.field = error.field || null;
    this.serverMessage = error.message || null;
    this.problems = error.problems || null;
    this.whereUsed = error.whereUsed || null;
    this.message = 'Workbench API answered ' + status + (this.code ? ' ' + this.code : '');
  }
  ApiError.prototype = Object.create(Error.prototype);
  ApiError.prototype.constructor = ApiError;

  function Api(root, token) {
    this.base = new URL(root.dataset.apiBase || 'api/', document.baseURI);
    this.token = token;
    // Inside Jenkins the layout announces the crumb on <head>; a host may also pass it on the mount point.
    this.crumbField = root.dataset.crumbField || document.head.dataset.crumbHeader || null;
    this.crumb = root.dataset.crumb || document.head.dataset.crumbValue || null;
  }

  Api.prototype.url = function (path, params) {
    var url = new URL(path, this.base);
    Object.keys(params || {}).forEach(function (name) {
      var value = params[name];
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(name, String(value));
      }
    });
    return url;
  };

  /** Resolves to the JSON answer; rejects with an ApiError carrying the server's code, field and message. */
  Api.prototype.request = function (method, path, options) {
    options = options || {};
    var headers = { Accept: 'application/json' };
    if (this.token) {
      headers[TOKEN_HEADER] = this.token;
    }
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      if (this.crumbField && this.crumb) {
        headers[this.crumbField] = this.crumb;
      }
    }
    var init = { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store', signal: options.signal };
    if (options.body !== undefined) {
      init.body = JSON.stringify(options.body);
    }
    return fetch(this.url(path, options.params), init).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var parsed = type.indexOf('json') >= 0 ? response.json().catch(function () { return null; }) : Promise.resolve(null);
      return parsed.then(function (data) {
        if (!response.ok) {
          throw new ApiError(response.status, data && data.error);
        }
        return data;
      });
    }, function (error) {
      if (error && error.name === 'AbortError') {
        throw error;
      }
      throw new ApiError(0, { code: 'NETWORK' });
    });
  };

  Api.prototype.get = function (path, params, signal) {
    return this.request('GET', path, { params: params, signal: signal });
  };

  Api.prototype.post = function (path, body, params, signal) {
    return this.request('POST', path, { body: body, params: params, signal: signal });
  };

  function credentialPath(id, suffix) {
    return 'credentials/' + encodeURIComponent(id) + (suffix ? '/' + suffix : '');
  }

  function isAbort(error) {
    return error && error.name === 'AbortError';
  }

  /** The access token of the preview: taken from #token=…, kept for the tab, removed from the address. */
  function readToken(root) {
    if (root.dataset.tokenSource !== 'fragment') {
      return null;
    }
    var fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
    var token = fragment.get('token');
    if (token) {
      try {
        sessionStorage.setItem(TOKEN_KEY, token);
      } catch (e) {
        // Storage may be off; the token still serves this page view.
      }
      fragment.delete('token');
      var rest = fragment.toString();
      history.replaceState(history.state, '', location.pathname + location.search + (rest ? '#' + rest : ''));
      return token;
    }
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch (e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- notices

  /** Messages about what just happened, in live regions so screen readers announce them. */
  function Notices(i18n) {
    this.i18n = i18n;
    this.status = el('div', { class: 'wbc-notices', role: 'status', 'aria-live': 'polite' });
    this.alert = el('div', { class: 'wbc-notices', role: 'alert', 'aria-live': 'assertive' });
    this.element = el('div', { class: 'wbc-notice-area' }, this.status, this.alert);
  }

  Notices.prototype.show = function (kind, text) {
    this.clear();
    var region = kind === 'error' ? this.alert : this.status;
    var self = this;
    region.append(el('div', { class: 'wbc-notice wbc-notice-' + kind },
      el('span', { class: 'wbc-notice-icon', 'aria-hidden': 'true' }, kind === 'error' ? '!' : '\u2713'),
      el('span', { class: 'wbc-notice-text' }, text),
      button('\u00d7', { extraClass: 'wbc-notice-close', variant: 'plain', ariaLabel: this.i18n.t('notice.dismiss'), onClick: function () { self.clear(); } })));
  };

  Notices.prototype.success = function (text) { this.show('success', text); };
  Notices.prototype.error = function (text) { this.show('error', text); };
  Notices.prototype.clear = function () { clear(this.status); clear(this.alert); };

  // ---------------------------------------------------------------- modal dialog

  /**
   * A modal <dialog>: the rest of the page is inert while it is open, Tab cycles inside it, Escape
   * closes it, and focus goes back to what opened it (or to what returnFocus finds once the list changed).
   */
  function Modal(root, i18n, options) {
    var self = this;
    this.titleId = uid('dialog-title');
    this.body = el('div', { class: 'wbc-dialog-body' });
    this.actions = el('div', { class: 'wbc-dialog-actions' });
    this.dialog = el('dialog', { class: 'wbc-dialog ' + (options.className || ''), 'aria-labelledby': this.titleId },
      el('div', { class: 'wbc-dialog-header' },
        el('h2', { id: this.titleId, class: 'wbc-dialog-title' }, options.title),
        button('\u00d7', { variant: 'plain', extraClass: 'wbc-dialog-close', ariaLabel: i18n.t('dialog.close'), onClick: function () { self.close(); } })),
      this.body,
      this.actions);
    this.dialog.addEventListener('keydown', function (event) { self.trapTab(event); });
    this.dialog.addEventListener('close', function () { self.closed(); });
    root.append(this.dialog);
  }

  Modal.prototype.open = function (opener, initialFocus) {
    this.opener = opener || document.activeElement;
    this.dialog.showModal();
    var target = initialFocus || focusables(this.body)[0] || focusables(this.dialog)[0];
    if (target) {
      target.focus();
    }
  };

  Modal.prototype.close = function () {
    if (this.dialog.open) {
      this.dialog.close();
    }
  };

  Modal.prototype.closed = function () {
    this.dialog.remove();
    if (this.onClosed) {
      this.onClosed();
    }
    if (this.opener && this.opener.isConnected) {
      this.opener.focus();
    }
  };

  Modal.prototype.trapTab = function (event) {
    if (event.key !== 'Tab') {
      return;
    }
    var items = focusables(this.dialog);
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    var first = items[0];
    var last = items[items.length - 1];
    if (event.shiftKey && (document.activeElement === first || !this.dialog.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !this.dialog.contains(document.activeElement))) {
      event.preventDefault();
      first.focus();
    }
  };

  // ---------------------------------------------------------------- row menu

  /** The ︙ menu of a row, after the WAI-ARIA menu button pattern. */
  function RowMenu(i18n) {
    this.i18n = i18n;
    this.current = null;
    var self = this;
    this.outside = function (event) {
      if (self.current && !self.current.menu.contains(event.target) && event.target !== self.current.button) {
        self.close(false);
      }
    };
  }

  RowMenu.prototype.button = function (id, actions) {
    var self = this;
    var label = this.i18n.t('row.actions', id);
    var trigger = el('button', {
      type: 'button', class: 'wbc-menu-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
      'aria-label': label, title: label, dataset: { id: id }
    }, el('span', { 'aria-hidden': 'true' }, '\uFE19'));
    trigger.addEventListener('click', function () {
      if (self.current && self.current.button === trigger) {
        self.close(true);
      } else {
        self.open(trigger, actions, 0);
      }
    });
    trigger.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        self.open(trigger, actions, event.key === 'ArrowUp' ? actions.length - 1 : 0);
      }
    });
    return el('div', { class: 'wbc-menu-anchor' }, trigger);
  };

  RowMenu.prototype.open = function (trigger, actions, focusIndex) {
    this.close(false);
    var self = this;
    var menu = el('ul', { class: 'wbc-menu', role: 'menu', id: uid('menu'), 'aria-label': trigger.getAttribute('aria-label') });
    var items = actions.map(function (action) {
      var item = el('button', {
        type: 'button', role: 'menuitem', tabindex: '-1',
        class: 'wbc-menu-item' + (action.danger ? ' wbc-menu-item-danger' : ''), dataset: { action: action.name }
      }, action.label);
      item.addEventListener('click', function () {
        self.close(false);
        action.run(trigger);
      });
      menu.append(el('li', { role: 'none' }, item));
      return item;
    });
    menu.addEventListener('keydown', function (event) {
      var index = items.indexOf(document.activeElement);
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        items[(index + 1) % items.length].focus();
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        items[(index - 1 + items.length) % items.length].focus();
      } else if (event.key === 'Home') {
        event.preventDefault();
        items[0].focus();
      } else if (event.key === 'End') {
        event.preventDefault();
        items[items.length - 1].focus();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        self.close(true);
      } else if (event.key === 'Tab') {
        self.close(false);
      }
    });
    trigger.setAttribute('aria-expanded', 'true');
    trigger.setAttribute('aria-controls', menu.id);
    trigger.parentNode.append(menu);
    var box = menu.getBoundingClientRect();
    if (box.bottom > window.innerHeight && box.height < trigger.getBoundingClientRect().top) {
      menu.classList.add('wbc-menu-up'); // would run off the bottom of the window: open upwards
    }
    this.current = { button: trigger, menu: menu };
    document.addEventListener('pointerdown', this.outside, true);
    items[focusIndex].focus();
  };

  RowMenu.prototype.close = function (returnFocus) {
    if (!this.current) {
      return;
    }
    var current = this.current;
    this.current = null;
    document.removeEventListener('pointerdown', this.outside, true);
    current.menu.remove();
    current.button.setAttribute('aria-expanded', 'false');
    current.button.removeAttribute('aria-controls');
    if (returnFocus) {
      current.button.focus();
    }
  };

  // ---------------------------------------------------------------- kubeconfig check

  /**
   * Checks a kubeconfig with the server as it is typed or uploaded, and shows its contexts, errors,
   * warnings and earliest expiry. Answers to older text are dropped, so the panel always describes
   * what is in the field now.
   */
  function KubeconfigCheck(page, onSummary) {
    this.page = page;
    this.i18n = page.i18n;
    this.onSummary = onSummary;
    this.sequence = 0;
    this.controller = null;
    this.status = el('p', { class: 'wbc-kcheck-status', role: 'status', 'aria-live': 'polite' });
    this.details = el('div', { class: 'wbc-kcheck-details' });
    this.element = el('div', { class: 'wbc-kcheck', hidden: true }, this.status, this.details);
    this.schedule = debounce(this.run.bind(this), KUBECONFIG_CHECK_DELAY_MS);
  }

  KubeconfigCheck.prototype.textChanged = function (text) {
    if (!text.trim()) {
      this.schedule.cancel();
      this.reset();
      return;
    }
    this.schedule(text);
  };

  KubeconfigCheck.prototype.reset = function () {
    this.sequence += 1;
    if (this.controller) {
      this.controller.abort();
    }
    this.element.hidden = true;
    clear(this.status);
    clear(this.details);
    this.element.removeAttribute('data-state');
  };

  KubeconfigCheck.prototype.run = function (text) {
    var self = this;
    this.schedule.cancel();
    this.sequence += 1;
    var sequence = this.sequence;
    if (this.controller) {
      this.controller.abort();
    }
    this.controller = new AbortController();
    this.element.hidden = false;
    this.element.setAttribute('data-state', 'checking');
    this.status.textContent = this.i18n.t('kube.checking');
    return this.page.api.post('kubeconfig/validate', { kubeconfig: text }, null, this.controller.signal)
      .then(function (analysis) {
        if (sequence === self.sequence) {
          self.render(analysis);
        }
      }, function (error) {
        if (!isAbort(error) && sequence === self.sequence) {
          self.renderFailure(error);
        }
      });
  };

  KubeconfigCheck.prototype.render = function (analysis) {
    var t = this.i18n.t.bind(this.i18n);
    var n = this.i18n.n.bind(this.i18n);
    var summary = analysis.summary;
    var contexts = summary ? summary.contexts : [];
    var parts = [analysis.valid ? t('kube.valid') : t('kube.invalid'), n('kube.contextCount', contexts.length)];
    if (analysis.errors.length) {
      parts.push(n('kube.errorCount', analysis.errors.length));
    }
    if (analysis.warnings.length) {
      parts.push(n('kube.warningCount', analysis.warnings.length));
    }
    this.element.setAttribute('data-state', analysis.valid ? (analysis.warnings.length ? 'warning' : 'valid') : 'invalid');
    this.status.textContent = parts.join(' \u00b7 ');
    clear(this.details);
    append(this.details, [
      this.problemList(analysis.errors, 'error', t('kube.errors')),
      this.problemList(analysis.warnings, 'warning', t('kube.warnings')),
      summary && summary.earliestExpiry ? this.expiry(summary.earliestExpiry) : null,
      contexts.length ? this.contextTable(summary) : null]);
    this.onSummary(summary);
  };

  KubeconfigCheck.prototype.renderFailure = function (error) {
    this.element.setAttribute('data-state', 'invalid');
    this.status.textContent = this.page.errorText(error);
    clear(this.details);
    this.onSummary(null);
  };

  /** Shows server-side problems of a refused save the same way as a check. */
  KubeconfigCheck.prototype.showProblems = function (problems) {
    this.element.hidden = false;
    this.render({ valid: false, errors: problems, warnings: [], summary: null });
  };

  KubeconfigCheck.prototype.problemList = function (problems, kind, title) {
    if (!problems.length) {
      return null;
    }
    return el('div', { class: 'wbc-problems wbc-problems-' + kind },
      el('h4', { class: 'wbc-problems-title' }, title),
      el('ul', null, problems.map(function (problem) {
        return el('li', { class: 'wbc-problem' },
          el('span', { class: 'wbc-problem-message' }, problem.message),
          problem.path ? el('code', { class: 'wbc-problem-path' }, problem.path) : null);
      })));
  };

  KubeconfigCheck.prototype.expiry = function (expiry) {
    var page = this.page;
    var state = expiryState(expiry.notAfter);
    var kind = this.i18n.t(expiry.kind === 'token' ? 'expiry.kind.token' : 'expiry.kind.certificate', expiry.user);
    var when = page.dates.relativeDays(expiry.notAfter);
    return el('p', { class: 'wbc-kcheck-expiry wbc-expiry-' + state },
      this.i18n.t(state === 'past' ? 'kube.expired' : 'kube.expires', kind, when, page.dates.absolute(expiry.notAfter)));
  };

  KubeconfigCheck.prototype.contextTable = function (summary) {
    var t = this.i18n.t.bind(this.i18n);
    return el('div', { class: 'wbc-table-scroll' },
      el('table', { class: 'wbc-subtable' },
        el('caption', { class: 'wbc-subtable-caption' }, t('kube.contexts')),
        el('thead', null, el('tr', null,
          ['kube.context', 'kube.cluster', 'kube.server', 'kube.user', 'kube.namespace'].map(function (key) {
            return el('th', { scope: 'col' }, t(key));
          }))),
        el('tbody', null, summary.contexts.map(function (context) {
          var current = context.name === summary.currentContext;
          return el('tr', { class: current ? 'wbc-current-context' : null },
            el('td', null, el('span', { class: 'wbc-mono' }, context.name),
              current ? [' ', el('span', { class: 'wbc-badge' }, t('kube.current'))] : null),
            el('td', null, context.cluster || '\u2014'),
            el('td', { class: 'wbc-mono wbc-break' }, context.server || '\u2014'),
            el('td', null, context.user || '\u2014'),
            el('td', null, context.namespace || '\u2014'));
        }))));
  };

  // ---------------------------------------------------------------- create / edit form

  /**
   * The form of one credential. On create every field is open; on edit the ID and type are shown
   * but fixed, the secret fields start empty (blank keeps the stored secret), and the revision read
   * goes with the update so a stale edit is refused instead of overwriting a newer one.
   */
  function CredentialForm(page, credential) {
    this.page = page;
    this.i18n = page.i18n;
    this.credential = credential || null;
    this.editing = !!credential;
    this.fields = {};
    this.busy = false;
  }

  CredentialForm.prototype.open = function (opener) {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var editingId = this.editing ? this.credential.id : null;
    this.modal = new Modal(this.page.root, this.i18n, {
      title: this.editing ? t('form.editTitle', editingId) : t('form.createTitle'),
      className: 'wbc-form-dialog'
    });
    this.modal.onClosed = function () {
      // Closed however (Cancel, Escape, saved): no check still on its way, no secret left in a field.
      self.check.reset();
      self.forgetSecrets();
    };
    this.formError = el('div', { class: 'wbc-form-error', role: 'alert' });
    // The ID is kept aside: form.id would be the field named "id", not the form's own ID.
    var formId = uid('form');
    this.form = el('form', { class: 'wbc-form', id: formId, novalidate: true });
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.submit();
    });
    this.buildFields();
    this.modal.body.append(this.formError, this.form);
    this.submitButton = button(this.editing ? t('form.save') : t('form.create'), { type: 'submit', variant: 'primary', form: formId });
    this.modal.actions.append(
      button(t('form.cancel'), { onClick: function () { self.modal.close(); } }),
      this.submitButton);
    this.showType(this.typeValue());
    this.modal.open(opener, this.editing ? this.fields.description.control : this.fields.id.control);
  };

  CredentialForm.prototype.field = function (name, label, control, options) {
    options = options || {};
    var id = uid('field-' + name);
    control.id = id;
    control.name = name;
    var hint = options.hint ? el('p', { class: 'wbc-hint', id: id + '-hint' }, options.hint) : null;
    var error = el('p', { class: 'wbc-field-error', id: id + '-error', hidden: true });
    if (hint) {
      control.setAttribute('aria-describedby', hint.id);
    }
    if (options.required) {
      control.required = true;
    }
    if (hint && options.after) {
      options.after.append(hint); // beside the controls that follow the field, e.g. the upload button
    }
    var wrapper = el('div', { class: 'wbc-field', dataset: { field: name } },
      el('label', { for: id, class: 'wbc-label' }, label,
        options.required ? el('span', { class: 'wbc-required', 'aria-hidden': 'true' }, ' *') : null),
      control,
      options.after || hint,
      error);
    this.fields[name] = { control: control, error: error, hint: hint, wrapper: wrapper, label: label };
    return wrapper;
  };

  CredentialForm.prototype.buildFields = function () {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var credential = this.credential || {};
    var editing = this.editing;
    var secretHint = editing ? t('form.keepSecretHint') : null;

    var idInput = el('input', {
      type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: String(ID_MAX),
      pattern: '[A-Za-z0-9_.\\-]+', value: credential.id || '', readOnly: editing, class: 'wbc-input wbc-mono'
    });
    var typeControl = editing
      ? el('input', { type: 'text', readOnly: true, class: 'wbc-input', value: t('type.' + credential.type) })
      : el('select', { class: 'wbc-input' },
        el('option', { value: '' }, t('form.chooseType')),
        TYPES.map(function (type) { return el('option', { value: type }, t('type.' + type)); }));
    if (!editing) {
      typeControl.addEventListener('change', function () { self.showType(typeControl.value); });
    }

    this.sections = {};
    this.sections['username-password'] = el('fieldset', { class: 'wbc-fieldset' },
      el('legend', { class: 'wbc-legend' }, t('type.username-password')),
      this.field('username', t('field.username'), el('input', {
        type: 'text', autocomplete: 'off', spellcheck: 'false', class: 'wbc-input', value: credential.username || ''
      }), { required: true }),
      this.field('password', t('field.password'), el('input', {
        type: 'password', autocomplete: 'new-password', class: 'wbc-input'
      }), { required: !editing, hint: secretHint }));
    this.sections['secret-text'] = el('fieldset', { class: 'wbc-fieldset' },
      el('legend', { class: 'wbc-legend' }, t('type.secret-text')),
      this.field('token', t('field.token'), el('input', {
        type: 'password', autocomplete: 'new-password', spellcheck: 'false', class: 'wbc-input wbc-mono'
      }), { required: !editing, hint: secretHint || t('field.tokenHint') }));
    this.sections.kubeconfig = this.kubeconfigSection(credential, secretHint);

    var typeOptions = editing ? { hint: t('form.fixedHint') } : { required: true };
    var idOptions = editing ? { hint: t('form.fixedHint') } : { required: true, hint: t('field.idHint', ID_MAX) };
    this.form.append(
      el('div', { class: 'wbc-field-row' },
        this.field('id', t('field.id'), idInput, idOptions),
        this.field('type', t('field.type'), typeControl, typeOptions)),
      this.field('description', t('field.description'), el('textarea', {
        rows: '2', maxlength: String(DESCRIPTION_MAX), class: 'wbc-input', value: credential.description || ''
      }), { hint: t('field.descriptionHint') }),
      this.sections['username-password'],
      this.sections['secret-text'],
      this.sections.kubeconfig);
  };

  CredentialForm.prototype.kubeconfigSection = function (credential, secretHint) {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var stored = credential.kubeconfig || null;
    var textarea = el('textarea', {
      rows: '10', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off', class: 'wbc-input wbc-mono wbc-code',
      placeholder: 'apiVersion: v1\nkind: Config\nclusters: \u2026'
    });
    var upload = el('input', { type: 'file', class: 'wbc-visually-hidden', name: 'kubeconfigFile' });
    var uploadLabel = el('label', { class: 'wbc-btn wbc-btn-small wbc-upload' }, upload, t('field.kubeconfigUpload'));
    this.contextSelect = el('select', { class: 'wbc-input' });
    this.storedDefaultContext = stored ? stored.defaultContext || '' : '';
    this.check = new KubeconfigCheck(this.page, function (summary) { self.fillContexts(summary); });
    textarea.addEventListener('input', function () {
      self.clearError('kubeconfig');
      self.check.textChanged(textarea.value);
    });
    upload.addEventListener('change', function () { self.readUpload(upload, textarea); });
    var section = el('fieldset', { class: 'wbc-fieldset' },
      el('legend', { class: 'wbc-legend' }, t('type.kubeconfig')),
      this.field('kubeconfig', t('field.kubeconfig'), textarea, {
        required: !this.editing,
        hint: secretHint || t('field.kubeconfigHint'),
        after: el('div', { class: 'wbc-upload-row' }, uploadLabel)
      }),
      this.check.element,
      el('div', { class: 'wbc-field-row' },
        this.field('defaultContext', t('field.defaultContext'), this.contextSelect, { hint: t('field.defaultContextHint') }),
        this.field('defaultNamespace', t('field.defaultNamespace'), el('input', {
          type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: '63', class: 'wbc-input wbc-mono',
          value: stored ? stored.defaultNamespace || '' : '', placeholder: t('field.defaultNamespacePlaceholder')
        }), { hint: t('field.defaultNamespaceHint') })));
    // On edit the stored file is not sent back; its contexts come with the credential's summary.
    this.fillContexts(stored && stored.contexts
      ? { currentContext: stored.defaultContext ? null : stored.context, contexts: stored.contexts, stored: true }
      : null);
    return section;
  };

  CredentialForm.prototype.readUpload = function (upload, textarea) {
    var self = this;
    var file = upload.files && upload.files[0];
    if (!file) {
      return;
    }
    upload.value = '';
    if (file.size > KUBECONFIG_MAX_BYTES) {
      this.setError('kubeconfig', this.i18n.t('field.kubeconfigTooLarge', KUBECONFIG_MAX_BYTES));
      return;
    }
    file.text().then(function (text) {
      textarea.value = text;
      self.clearError('kubeconfig');
      if (text.trim()) {
        self.check.run(text);
      } else {
        self.check.reset();
      }
    }, function () {
      self.setError('kubeconfig', self.i18n.t('field.kubeconfigUnreadable'));
    });
  };

  /** The default context choices: the file's current-context, or one of its contexts. */
  CredentialForm.prototype.fillContexts = function (summary) {
    var t = this.i18n.t.bind(this.i18n);
    var select = this.contextSelect;
    var previous = select.options.length ? select.value : this.storedDefaultContext;
    var contexts = summary ? summary.contexts : [];
    var fromFile;
    if (!summary) {
      fromFile = t('field.defaultContextNone');
    } else if (summary.currentContext) {
      fromFile = t('field.defaultContextFile', summary.currentContext);
    } else if (summary.stored) {
      fromFile = t('field.defaultContextStored');
    } else {
      fromFile = t('field.defaultContextUnset');
    }
    clear(select);
    select.append(el('option', { value: '' }, fromFile));
    contexts.forEach(function (context) {
      select.append(el('option', { value: context.name }, context.name));
    });
    var names = contexts.map(function (context) { return context.name; });
    select.value = names.indexOf(previous) >= 0 ? previous : '';
  };

  CredentialForm.prototype.typeValue = function () {
    return this.editing ? this.credential.type : this.fields.type.control.value;
  };

  CredentialForm.prototype.showType = function (type) {
    var sections = this.sections;
    Object.keys(sections).forEach(function (name) {
      sections[name].hidden = name !== type;
    });
  };

  CredentialForm.prototype.value = function (name) {
    return this.fields[name].control.value;
  };

  CredentialForm.prototype.setError = function (name, message) {
    var field = this.fields[name];
    if (!field) {
      return false;
    }
    field.error.textContent = message;
    field.error.hidden = false;
    field.control.setAttribute('aria-invalid', 'true');
    field.control.setAttribute('aria-describedby', [field.error.id, field.hint ? field.hint.id : null].filter(Boolean).join(' '));
    field.wrapper.classList.add('wbc-field-invalid');
    return true;
  };

  CredentialForm.prototype.clearError = function (name) {
    var field = this.fields[name];
    field.error.hidden = true;
    clear(field.error);
    field.control.removeAttribute('aria-invalid');
    if (field.hint) {
      field.control.setAttribute('aria-describedby', field.hint.id);
    } else {
      field.control.removeAttribute('aria-describedby');
    }
    field.wrapper.classList.remove('wbc-field-invalid');
  };

  CredentialForm.prototype.clearErrors = function () {
    var self = this;
    Object.keys(this.fields).forEach(function (name) { self.clearError(name); });
    clear(this.formError);
  };

  /** Checks what the browser can tell at once; the server checks everything again. */
  CredentialForm.prototype.localProblems = function () {
    var t = this.i18n.t.bind(this.i18n);
    var problems = [];
    var type = this.typeValue();
    if (!this.editing) {
      var id = this.value('id');
      if (!id) {
        problems.push(['id', t('check.idRequired')]);
      } else if (!ID_PATTERN.test(id)) {
        problems.push(['id', t('check.idPattern')]);
      } else if (id.length > ID_MAX) {
        problems.push(['id', t('check.idTooLong', ID_MAX)]);
      }
      if (!type) {
        problems.push(['type', t('check.typeRequired')]);
      }
    }
    var required = {
      'username-password': ['username'].concat(this.editing ? [] : ['password']),
      'secret-text': this.editing ? [] : ['token'],
      kubeconfig: this.editing ? [] : ['kubeconfig']
    }[type] || [];
    var self = this;
    required.forEach(function (name) {
      if (!self.value(name).trim()) {
        problems.push([name, t('check.required', self.fields[name].label)]);
      }
    });
    var namespace = type === 'kubeconfig' ? this.value('defaultNamespace').trim() : '';
    if (namespace && !NAMESPACE_PATTERN.test(namespace)) {
      problems.push(['defaultNamespace', t('check.namespace')]);
    }
    return problems;
  };

  /** The JSON body: the chosen type's fields only; on edit a blank secret is left out, keeping the stored one. */
  CredentialForm.prototype.body = function () {
    var type = this.typeValue();
    var body = { description: this.value('description') };
    if (this.editing) {
      body.revision = this.credential.revision;
    } else {
      body.id = this.value('id');
      body.type = type;
    }
    var secret = function (name, value) {
      if (value !== '' || !this.editing) {
        body[name] = value;
      }
    }.bind(this);
    if (type === 'username-password') {
      body.username = this.value('username');
      secret('password', this.value('password'));
    } else if (type === 'secret-text') {
      secret('token', this.value('token'));
    } else if (type === 'kubeconfig') {
      secret('kubeconfig', this.value('kubeconfig').trim() ? this.value('kubeconfig') : '');
      body.defaultContext = this.value('defaultContext');
      body.defaultNamespace = this.value('defaultNamespace').trim();
    }
    return body;
  };

  CredentialForm.prototype.submit = function () {
    var self = this;
    if (this.busy) {
      return;
    }
    this.clearErrors();
    var problems = this.localProblems();
    if (problems.length) {
      problems.forEach(function (problem) { self.setError(problem[0], problem[1]); });
      this.formError.append(el('p', null, this.i18n.n('form.problemCount', problems.length)));
      this.fields[problems[0][0]].control.focus();
      return;
    }
    var page = this.page;
    var request = this.editing
      ? page.api.post(credentialPath(this.credential.id), this.body())
      : page.api.post('credentials', this.body());
    this.setBusy(true);
    request.then(function (saved) {
      self.forgetSecrets();
      self.modal.close();
      page.saved(saved, self.editing);
    }, function (error) {
      self.setBusy(false);
      self.showServerError(error);
    });
  };

  CredentialForm.prototype.setBusy = function (busy) {
    this.busy = busy;
    this.submitButton.disabled = busy;
    this.form.setAttribute('aria-busy', busy ? 'true' : 'false');
  };

  /** Secrets stay in the page no longer than the request that sends them. */
  CredentialForm.prototype.forgetSecrets = function () {
    var fields = this.fields;
    ['password', 'token', 'kubeconfig'].forEach(function (name) {
      fields[name].control.value = '';
    });
  };

  CredentialForm.prototype.showServerError = function (error) {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var message = this.page.errorText(error);
    var field = error.field && this.fields[error.field] ? this.fields[error.field] : null;
    clear(this.formError);
    if (field) {
      this.setError(error.field, message);
      this.formError.append(el('p', null, t('form.fieldProblem', field.label, message)));
    } else {
      this.formError.append(el('p', null, message));
    }
    if (error.problems && error.problems.length) {
      this.check.showProblems(error.problems);
    }
    if (error.code === 'CONFLICT' && error.field === 'revision') {
      this.formError.append(button(t('form.reload'), {
        variant: 'small',
        onClick: function () { self.reload(); }
      }));
    }
    if (field && !field.control.hidden) {
      field.control.focus();
    } else {
      this.formError.setAttribute('tabindex', '-1');
      this.formError.focus();
    }
  };

  /** After a conflict: open the stored version again, so the change is made on it. */
  CredentialForm.prototype.reload = function () {
    var page = this.page;
    var id = this.credential.id;
    var opener = this.modal.opener;
    this.forgetSecrets();
    this.modal.close();
    page.api.get(credentialPath(id)).then(function (fresh) {
      new CredentialForm(page, fresh).open(opener);
    }, function (error) {
      page.notices.error(page.errorText(error));
    });
  };

  // ---------------------------------------------------------------- delete dialog

  /**
   * Confirms a delete. It first asks where the credential is used; when anything depends on it, the
   * dialog lists the dependents, says what breaks, and enables Delete only once the ID is typed.
   */
  function DeleteDialog(page, credential) {
    this.page = page;
    this.i18n = page.i18n;
    this.credential = credential;
    this.force = false;
  }

  DeleteDialog.prototype.open = function (opener) {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    this.modal = new Modal(this.page.root, this.i18n, {
      title: t('delete.title', this.credential.id),
      className: 'wbc-delete-dialog'
    });
    this.status = el('p', { class: 'wbc-delete-status', role: 'status', 'aria-live': 'polite' }, t('delete.checking'));
    this.content = el('div', { class: 'wbc-delete-content' });
    this.error = el('div', { class: 'wbc-form-error', role: 'alert' });
    this.modal.body.append(this.status, this.error, this.content);
    this.cancelButton = button(t('form.cancel'), { onClick: function () { self.modal.close(); } });
    this.deleteButton = button(t('delete.confirm'), { variant: 'danger', disabled: true, onClick: function () { self.confirm(); } });
    this.modal.actions.append(this.cancelButton, this.deleteButton);
    this.modal.open(opener, this.cancelButton);
    this.page.api.get(credentialPath(this.credential.id, 'where-used')).then(function (whereUsed) {
      self.render(whereUsed);
    }, function (error) {
      self.status.textContent = '';
      self.error.append(el('p', null, self.page.errorText(error)));
    });
  };

  function isUsed(whereUsed) {
    return (whereUsed.references && whereUsed.references.length > 0) || (whereUsed.uses && whereUsed.uses.length > 0);
  }

  DeleteDialog.prototype.render = function (whereUsed) {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var id = this.credential.id;
    var used = isUsed(whereUsed);
    this.force = used;
    clear(this.content);
    if (!used) {
      this.status.textContent = t('delete.unused', id);
      append(this.content, [this.notes(whereUsed.notes)]);
      this.deleteButton.disabled = false;
      return;
    }
    var references = whereUsed.references || [];
    var uses = whereUsed.uses || [];
    var consumers = {};
    references.concat(uses).forEach(function (entry) { consumers[entry.consumer] = true; });
    var count = Object.keys(consumers).length;
    this.status.textContent = this.i18n.n('delete.usedBy', count, id);
    this.confirmInput = el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', class: 'wbc-input wbc-mono', name: 'confirmId' });
    var inputId = uid('confirm');
    this.confirmInput.id = inputId;
    this.confirmInput.addEventListener('input', function () {
      self.deleteButton.disabled = self.confirmInput.value !== id;
    });
    this.confirmInput.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !self.deleteButton.disabled) {
        event.preventDefault();
        self.confirm();
      }
    });
    append(this.content, [
      el('div', { class: 'wbc-warning-box' },
        el('p', { class: 'wbc-warning-title' }, t('delete.breaksTitle')),
        el('p', null, t('delete.breaks', id))),
      references.length ? el('section', { class: 'wbc-dependents wbc-references' },
        el('h3', { class: 'wbc-section-title' }, t('delete.references')),
        el('ul', { class: 'wbc-dependent-list' }, references.map(function (reference) {
          return el('li', null,
            linkOrText(reference.consumer, reference.consumerUrl, 'wbc-consumer'),
            el('span', { class: 'wbc-muted' }, ' \u00b7 ' + reference.source));
        }))) : null,
      uses.length ? el('section', { class: 'wbc-dependents wbc-uses' },
        el('h3', { class: 'wbc-section-title' }, t('delete.uses')),
        el('ul', { class: 'wbc-dependent-list' }, uses.map(function (use) { return self.useItem(use); }))) : null,
      this.notes(whereUsed.notes),
      el('div', { class: 'wbc-field wbc-confirm' },
        el('label', { for: inputId, class: 'wbc-label' }, t('delete.typeToConfirm', id)),
        this.confirmInput)]);
    this.deleteButton.disabled = true;
  };

  DeleteDialog.prototype.useItem = function (use) {
    var dates = this.page.dates;
    var parts = [linkOrText(use.consumer, use.consumerUrl, 'wbc-consumer')];
    if (use.build) {
      parts.push(' ', linkOrText(buildName(use.build), use.buildUrl, 'wbc-build'));
    }
    var detail = [dates.relative(use.at)];
    if (use.user) {
      detail.push(this.i18n.t('delete.byUser', use.user));
    }
    parts.push(el('span', { class: 'wbc-muted', title: dates.absolute(use.at) }, ' \u00b7 ' + detail.join(' \u00b7 ')));
    return el('li', null, parts);
  };

  DeleteDialog.prototype.notes = function (notes) {
    if (!notes || !notes.length) {
      return null;
    }
    return el('ul', { class: 'wbc-notes' }, notes.map(function (note) { return el('li', null, note); }));
  };

  DeleteDialog.prototype.confirm = function () {
    var self = this;
    var page = this.page;
    var id = this.credential.id;
    this.deleteButton.disabled = true;
    clear(this.error);
    page.api.post(credentialPath(id, 'delete'), undefined, this.force ? { force: 'true' } : null).then(function () {
      self.modal.close();
      page.deleted(id);
    }, function (error) {
      if (error.code === 'IN_USE' && error.whereUsed) {
        // Something started using it while the dialog was open: show that and ask again.
        self.render(error.whereUsed);
      } else {
        self.deleteButton.disabled = false;
      }
      self.error.append(el('p', null, page.errorText(error)));
    });
  };

  // ---------------------------------------------------------------- the page

  var COLUMNS = [
    { key: 'id', sort: 'id', className: 'wbc-col-id' },
    { key: 'type', sort: 'type', className: 'wbc-col-type' },
    { key: 'description', className: 'wbc-col-description' },
    { key: 'cluster', className: 'wbc-col-cluster' },
    { key: 'expiry', className: 'wbc-col-expiry' },
    { key: 'created', sort: 'created', className: 'wbc-col-date' },
    { key: 'lastUsed', sort: 'lastUsed', className: 'wbc-col-date' },
    { key: 'usedBy', className: 'wbc-col-usedby' },
    { key: 'actions', hiddenLabel: true, className: 'wbc-col-actions' }
  ];

  /** Names sort A to Z first, dates newest first, as the API does by default. */
  function defaultDirection(sortBy) {
    return sortBy === 'id' || sortBy === 'type' ? 'asc' : 'desc';
  }

  function Workbench(root, i18n, api) {
    this.root = root;
    this.i18n = i18n;
    this.api = api;
    this.dates = new Dates(i18n.language);
    this.notices = new Notices(i18n);
    this.menu = new RowMenu(i18n);
    this.state = { query: '', type: '', sortBy: 'created', sortDir: 'desc', page: 1, pageSize: 20 };
    this.sequence = 0;
    this.controller = null;
    this.highlight = null;
    this.items = [];
  }

  Workbench.prototype.mount = function () {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    this.root.classList.add('wbc');
    this.root.setAttribute('lang', this.i18n.language);
    if (this.root.dataset.pageTitle === 'true') {
      document.title = t('page.title');
      document.documentElement.setAttribute('lang', this.i18n.language);
    }
    this.createButton = button(t('page.create'), { variant: 'primary', extraClass: 'wbc-create', onClick: function (event) { self.openCreate(event.currentTarget); } });
    var header = el('div', { class: 'wbc-header' },
      el('div', { class: 'wbc-heading' },
        el('h1', { class: 'wbc-title' }, t('page.title')),
        el('p', { class: 'wbc-subtitle' }, t('page.subtitle'))),
      this.createButton);
    clear(this.root).append(header, this.notices.element, this.toolbar(), this.tableArea(), this.pager());
    this.load();
  };

  Workbench.prototype.toolbar = function () {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var searchId = uid('search');
    var typeId = uid('type-filter');
    this.searchInput = el('input', {
      type: 'search', id: searchId, name: 'query', class: 'wbc-input wbc-search', maxlength: '200',
      placeholder: t('search.placeholder'), autocomplete: 'off', spellcheck: 'false'
    });
    this.searchError = el('p', { class: 'wbc-field-error', hidden: true, id: searchId + '-error' });
    var search = debounce(function () {
      self.state.query = self.searchInput.value.trim();
      self.state.page = 1;
      self.load();
    }, SEARCH_DELAY_MS);
    this.searchInput.addEventListener('input', search);
    this.searchInput.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        search.cancel();
        self.state.query = self.searchInput.value.trim();
        self.state.page = 1;
        self.load();
      }
    });
    this.typeFilter = el('select', { id: typeId, name: 'typeFilter', class: 'wbc-input' },
      el('option', { value: '' }, t('filter.allTypes')),
      TYPES.map(function (type) { return el('option', { value: type }, t('type.' + type)); }));
    this.typeFilter.addEventListener('change', function () {
      self.state.type = self.typeFilter.value;
      self.state.page = 1;
      self.load();
    });
    return el('div', { class: 'wbc-toolbar', role: 'search' },
      el('div', { class: 'wbc-toolbar-field wbc-toolbar-search' },
        el('label', { for: searchId, class: 'wbc-label' }, t('search.label')),
        this.searchInput,
        this.searchError),
      el('div', { class: 'wbc-toolbar-field' },
        el('label', { for: typeId, class: 'wbc-label' }, t('filter.type')),
        this.typeFilter));
  };

  Workbench.prototype.tableArea = function () {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    this.headers = {};
    var headerRow = el('tr', null, COLUMNS.map(function (column) {
      var label = t('column.' + column.key);
      var th = el('th', { scope: 'col', class: column.className });
      if (column.sort) {
        var sortButton = el('button', { type: 'button', class: 'wbc-sort', dataset: { sort: column.sort } },
          label, el('span', { class: 'wbc-sort-icon', 'aria-hidden': 'true' }));
        sortButton.addEventListener('click', function () { self.sortBy(column.sort); });
        th.append(sortButton);
        self.headers[column.sort] = th;
      } else if (column.hiddenLabel) {
        th.append(el('span', { class: 'wbc-visually-hidden' }, label));
      } else {
        th.append(label);
      }
      return th;
    }));
    this.tbody = el('tbody');
    this.table = el('table', { class: 'wbc-table' },
      el('caption', { class: 'wbc-visually-hidden' }, t('table.caption')),
      el('thead', null, headerRow),
      this.tbody);
    this.emptyState = el('div', { class: 'wbc-empty', hidden: true });
    // No scrolling box around the table: it would cut off the row menus.
    this.tableWrapper = el('div', { class: 'wbc-table-card' }, this.table, this.emptyState);
    this.tbody.append(el('tr', { class: 'wbc-loading-row' }, el('td', { colspan: String(COLUMNS.length) }, t('table.loading'))));
    this.updateSortHeaders();
    return this.tableWrapper;
  };

  Workbench.prototype.pager = function () {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var sizeId = uid('page-size');
    this.rangeText = el('span', { class: 'wbc-range', 'aria-live': 'polite' });
    this.pageText = el('span', { class: 'wbc-page-number' });
    this.previousButton = button(t('pager.previous'), { extraClass: 'wbc-previous', onClick: function () { self.goTo(self.state.page - 1); } });
    this.nextButton = button(t('pager.next'), { extraClass: 'wbc-next', onClick: function () { self.goTo(self.state.page + 1); } });
    this.pageSizeSelect = el('select', { id: sizeId, name: 'pageSize', class: 'wbc-input wbc-input-small', value: String(this.state.pageSize) },
      PAGE_SIZES.map(function (size) { return el('option', { value: String(size) }, String(size)); }));
    this.pageSizeSelect.addEventListener('change', function () {
      self.state.pageSize = Number(self.pageSizeSelect.value);
      self.state.page = 1;
      self.load();
    });
    this.pagerElement = el('nav', { class: 'wbc-pager', 'aria-label': t('pager.label') },
      this.rangeText,
      el('div', { class: 'wbc-pager-controls' },
        el('label', { for: sizeId, class: 'wbc-label wbc-inline-label' }, t('pager.pageSize')),
        this.pageSizeSelect,
        this.previousButton, this.pageText, this.nextButton));
    return this.pagerElement;
  };

  Workbench.prototype.sortBy = function (field) {
    if (this.state.sortBy === field) {
      this.state.sortDir = this.state.sortDir === 'asc' ? 'desc' : 'asc';
    } else {
      this.state.sortBy = field;
      this.state.sortDir = defaultDirection(field);
    }
    this.state.page = 1;
    this.updateSortHeaders();
    this.load();
  };

  Workbench.prototype.updateSortHeaders = function () {
    var state = this.state;
    var t = this.i18n.t.bind(this.i18n);
    Object.keys(this.headers).forEach(function (field) {
      var th = this.headers[field];
      var icon = th.querySelector('.wbc-sort-icon');
      var sortButton = th.querySelector('.wbc-sort');
      if (field === state.sortBy) {
        th.setAttribute('aria-sort', state.sortDir === 'asc' ? 'ascending' : 'descending');
        icon.textContent = state.sortDir === 'asc' ? '\u25b2' : '\u25bc';
        sortButton.setAttribute('title', t(state.sortDir === 'asc' ? 'sort.descendingHint' : 'sort.ascendingHint'));
      } else {
        th.removeAttribute('aria-sort');
        icon.textContent = '\u21c5';
        sortButton.setAttribute('title', t(defaultDirection(field) === 'asc' ? 'sort.ascendingHint' : 'sort.descendingHint'));
      }
    }, this);
  };

  Workbench.prototype.goTo = function (page) {
    this.state.page = Math.max(1, page);
    this.load();
  };

  Workbench.prototype.load = function () {
    var self = this;
    this.sequence += 1;
    var sequence = this.sequence;
    if (this.controller) {
      this.controller.abort();
    }
    this.controller = new AbortController();
    var state = this.state;
    this.table.setAttribute('aria-busy', 'true');
    this.root.setAttribute('data-loading', 'true');
    var params = {
      query: state.query, type: state.type, sortBy: state.sortBy, sortDir: state.sortDir,
      page: state.page, pageSize: state.pageSize
    };
    return this.api.get('credentials', params, this.controller.signal).then(function (data) {
      if (sequence !== self.sequence) {
        return null;
      }
      var pagination = data.pagination;
      if (data.items.length === 0 && pagination.total > 0 && state.page > pagination.pages) {
        state.page = pagination.pages; // the last page emptied, e.g. after a delete
        return self.load();
      }
      self.hideSearchError();
      self.render(data);
      return null;
    }, function (error) {
      if (isAbort(error) || sequence !== self.sequence) {
        return;
      }
      if (error.field === 'query') {
        self.showSearchError(self.errorText(error));
      } else {
        self.notices.error(self.errorText(error));
      }
      self.renderRows([]);
      self.emptyState.hidden = true;
      self.pagerElement.hidden = true;
      self.finishLoading();
    }).then(function () {
      if (sequence === self.sequence) {
        self.finishLoading();
      }
    });
  };

  Workbench.prototype.finishLoading = function () {
    this.table.removeAttribute('aria-busy');
    this.root.removeAttribute('data-loading');
  };

  Workbench.prototype.showSearchError = function (message) {
    this.searchError.textContent = message;
    this.searchError.hidden = false;
    this.searchInput.setAttribute('aria-invalid', 'true');
    this.searchInput.setAttribute('aria-describedby', this.searchError.id);
  };

  Workbench.prototype.hideSearchError = function () {
    this.searchError.hidden = true;
    this.searchInput.removeAttribute('aria-invalid');
    this.searchInput.removeAttribute('aria-describedby');
  };

  Workbench.prototype.render = function (data) {
    var t = this.i18n.t.bind(this.i18n);
    var pagination = data.pagination;
    this.items = data.items;
    this.renderRows(data.items);
    var filtered = this.state.query !== '' || this.state.type !== '';
    this.renderEmpty(pagination.total === 0, filtered);
    this.pagerElement.hidden = pagination.total === 0;
    var first = (pagination.page - 1) * pagination.pageSize + 1;
    var last = first + data.items.length - 1;
    this.rangeText.textContent = this.i18n.n('pager.range', pagination.total, first, last);
    this.pageText.textContent = t('pager.page', pagination.page, pagination.pages);
    this.previousButton.disabled = pagination.page <= 1;
    this.nextButton.disabled = pagination.page >= pagination.pages;
    this.root.setAttribute('data-total', String(pagination.total));
    this.highlight = null;
  };

  /**
   * Replaces the rows. Focus on a row (its menu button, after an edit or delete dialog) stays on that
   * row when it is still listed, else moves to the first row or the Create button, never to nowhere.
   */
  Workbench.prototype.renderRows = function (items) {
    var self = this;
    var active = document.activeElement;
    var focusedRow = active && this.tbody.contains(active) ? active.closest('tr') : null;
    this.menu.close(false);
    clear(this.tbody);
    items.forEach(function (item) { self.tbody.append(self.row(item)); });
    this.table.hidden = items.length === 0;
    if (focusedRow) {
      var target = this.menuButtonOf(focusedRow.dataset.id) || this.tbody.querySelector('.wbc-menu-button') || this.createButton;
      target.focus();
    }
  };

  Workbench.prototype.renderEmpty = function (empty, filtered) {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var hadFocus = this.emptyState.contains(document.activeElement);
    clear(this.emptyState);
    this.emptyState.hidden = !empty;
    if (!empty) {
      if (hadFocus) {
        this.createButton.focus(); // its button is gone with the empty state
      }
      return;
    }
    if (filtered) {
      this.emptyState.setAttribute('data-kind', 'no-match');
      this.emptyState.append(
        el('p', { class: 'wbc-empty-title' }, this.state.query ? t('empty.noMatchQuery', this.state.query) : t('empty.noMatch')),
        el('p', { class: 'wbc-empty-text' }, t('empty.noMatchHint')),
        button(t('empty.clearSearch'), { onClick: function () { self.clearFilters(); } }));
    } else {
      this.emptyState.setAttribute('data-kind', 'empty');
      this.emptyState.append(
        keyIcon(),
        el('p', { class: 'wbc-empty-title' }, t('empty.title')),
        el('p', { class: 'wbc-empty-text' }, t('empty.text')),
        button(t('page.create'), { variant: 'primary', onClick: function (event) { self.openCreate(event.currentTarget); } }));
    }
  };

  Workbench.prototype.clearFilters = function () {
    this.searchInput.value = '';
    this.typeFilter.value = '';
    this.state.query = '';
    this.state.type = '';
    this.state.page = 1;
    this.load();
    this.searchInput.focus();
  };

  Workbench.prototype.row = function (item) {
    var self = this;
    var t = this.i18n.t.bind(this.i18n);
    var dash = function () { return el('span', { class: 'wbc-muted' }, '\u2014'); };
    var kube = item.kubeconfig || null;
    var actions = [
      { name: 'edit', label: t('row.edit'), run: function (opener) { self.openEdit(item.id, opener); } },
      { name: 'delete', label: t('row.delete'), danger: true, run: function (opener) { new DeleteDialog(self, item).open(opener); } }
    ];
    return el('tr', { dataset: { id: item.id }, class: item.id === this.highlight ? 'wbc-row-new' : null },
      el('td', { class: 'wbc-col-id' }, el('span', { class: 'wbc-id' }, item.id)),
      el('td', { class: 'wbc-col-type' },
        el('span', { class: 'wbc-type wbc-type-' + item.type }, t('type.' + item.type)),
        item.username ? el('span', { class: 'wbc-secondary' }, item.username) : null),
      el('td', { class: 'wbc-col-description' },
        item.description ? el('span', { class: 'wbc-description', title: item.description }, item.description) : dash()),
      el('td', { class: 'wbc-col-cluster' }, kube ? this.clusterCell(kube) : dash()),
      el('td', { class: 'wbc-col-expiry' }, kube && kube.earliestExpiry ? this.expiryCell(kube.earliestExpiry) : dash()),
      el('td', { class: 'wbc-col-date' }, this.dates.element(item.createdAt)),
      el('td', { class: 'wbc-col-date' }, item.lastUsed ? this.lastUsedCell(item.lastUsed) : el('span', { class: 'wbc-muted' }, t('lastUsed.never'))),
      el('td', { class: 'wbc-col-usedby' }, item.usedBy > 0
        ? el('span', { class: 'wbc-used-count' }, this.i18n.n('usedBy.count', item.usedBy))
        : el('span', { class: 'wbc-muted' }, t('usedBy.none'))),
      el('td', { class: 'wbc-col-actions' }, this.menu.button(item.id, actions)));
  };

  Workbench.prototype.clusterCell = function (kube) {
    var t = this.i18n.t.bind(this.i18n);
    var lines = [];
    if (kube.context) {
      lines.push(el('span', { class: 'wbc-context' }, kube.cluster ? kube.cluster + ' / ' + kube.context : kube.context));
    } else {
      lines.push(el('span', { class: 'wbc-muted' }, t('kube.noContext')));
    }
    var secondary = [];
    if (kube.namespace) {
      secondary.push(t('kube.namespaceShort', kube.namespace));
    }
    if (kube.contexts && kube.contexts.length > 1) {
      secondary.push(this.i18n.n('kube.contextCount', kube.contexts.length));
    }
    if (secondary.length) {
      lines.push(el('span', { class: 'wbc-secondary' }, secondary.join(' \u00b7 ')));
    }
    if (kube.warnings > 0) {
      lines.push(el('span', { class: 'wbc-secondary wbc-warning-text' }, this.i18n.n('kube.warningCount', kube.warnings)));
    }
    return lines;
  };

  Workbench.prototype.expiryCell = function (expiry) {
    var t = this.i18n.t.bind(this.i18n);
    var state = expiryState(expiry.notAfter);
    var relative = this.dates.relativeDays(expiry.notAfter);
    var kind = t(expiry.kind === 'token' ? 'expiry.kind.token' : 'expiry.kind.certificate', expiry.user);
    return el('time', { datetime: expiry.notAfter, class: 'wbc-expiry wbc-expiry-' + state, title: kind },
      el('span', { class: 'wbc-expiry-label' },
        state === 'later' ? null : el('span', { class: 'wbc-expiry-icon', 'aria-hidden': 'true' }, '\u26a0 '),
        t(state === 'past' ? 'expiry.expired' : 'expiry.expires', relative)),
      el('span', { class: 'wbc-date-absolute' }, this.dates.date(expiry.notAfter)));
  };

  Workbench.prototype.lastUsedCell = function (use) {
    var cell = this.dates.element(use.at);
    cell.append(el('span', { class: 'wbc-secondary' }, use.consumer + (use.build ? ' ' + buildName(use.build) : '')));
    return cell;
  };

  Workbench.prototype.menuButtonOf = function (id) {
    var buttons = this.tbody.querySelectorAll('.wbc-menu-button');
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].dataset.id === id) {
        return buttons[i];
      }
    }
    return null;
  };

  Workbench.prototype.openCreate = function (opener) {
    this.notices.clear();
    new CredentialForm(this, null).open(opener || this.createButton);
  };

  /** Edits the stored version, not the row's copy, so the revision sent with the update is current. */
  Workbench.prototype.openEdit = function (id, opener) {
    var self = this;
    this.notices.clear();
    this.api.get(credentialPath(id)).then(function (credential) {
      new CredentialForm(self, credential).open(opener);
    }, function (error) {
      self.notices.error(self.errorText(error));
      if (error.code === 'NOT_FOUND') {
        self.load();
      }
    });
  };

  Workbench.prototype.saved = function (credential, edited) {
    var t = this.i18n.t.bind(this.i18n);
    this.highlight = credential.id;
    if (!edited) {
      this.state.page = 1;
    }
    var self = this;
    this.load().then(function () {
      self.notices.success(t(edited ? 'notice.updated' : 'notice.created', credential.id));
    });
  };

  Workbench.prototype.deleted = function (id) {
    var self = this;
    this.load().then(function () {
      self.notices.success(self.i18n.t('notice.deleted', id));
    });
  };

  /** The server's localised message when there is one; else what went wrong, in the page's language. */
  Workbench.prototype.errorText = function (error) {
    var t = this.i18n.t.bind(this.i18n);
    if (error && error.status === 401 && this.root.dataset.tokenSource === 'fragment') {
      return t('error.token'); // the server speaks of a header; the user needs the address to open
    }
    if (error && error.serverMessage) {
      return error.serverMessage;
    }
    if (!error || !error.status) {
      return t('error.network');
    }
    return t('error.status', error.status);
  };

  // ---------------------------------------------------------------- start

  function start() {
    var root = document.getElementById('workbench-credentials');
    if (!root) {
      return;
    }
    var token = readToken(root);
    loadTranslations(root).then(function (i18n) {
      var page = new Workbench(root, i18n, new Api(root, token));
      page.mount();
      if (root.dataset.tokenSource === 'fragment' && !token) {
        page.notices.error(i18n.t('error.noToken'));
      }
    }, function () {
      clear(root).append(el('p', { class: 'wbc-fatal', role: 'alert' }, 'The page could not load its translations. Reload to try again.'));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
