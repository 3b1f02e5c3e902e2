/* The panel under the kubeconfig field: what the server found in the text (contexts, problems, expiry). */

import { isAbort } from '../api/client.js';
import { expiryState, unknownReason } from '../i18n/dates.js';
import { debounce } from '../dom/debounce.js';
import { append, clear, el } from '../dom/elements.js';

const CHECK_DELAY_MS = 400;

/**
 * Checks a kubeconfig with the server as it is typed or uploaded, and shows its contexts, errors,
 * warnings and earliest expiry. Answers to older text are dropped, so the panel always describes
 * what is in the field now. onSummary gets the file's summary (null when there is none).
 */
export class KubeconfigCheck {
  constructor(page, onSummary) {
    this.page = page;
    this.i18n = page.i18n;
    this.onSummary = onSummary;
    this.sequence = 0;
    this.controller = null;
    this.status = el('p', { class: 'wbc-kcheck-status', role: 'status', 'aria-live': 'polite' });
    this.details = el('div', { class: 'wbc-kcheck-details' });
    this.element = el('div', { class: 'wbc-kcheck', hidden: true }, this.status, this.details);
    this.schedule = debounce(this.run.bind(this), CHECK_DELAY_MS);
  }

  textChanged(text) {
    if (!text.trim()) {
      this.schedule.cancel();
      this.reset();
      return;
    }
    this.schedule(text);
  }

  /** Hides the panel and forgets any check on its way. */
  reset() {
    this.sequence += 1;
    if (this.controller) {
      this.controller.abort();
    }
    this.element.hidden = true;
    clear(this.status);
    clear(this.details);
    this.element.removeAttribute('data-state');
  }

  run(text) {
    this.schedule.cancel();
    this.sequence += 1;
    const sequence = this.sequence;
    if (this.controller) {
      this.controller.abort();
    }
    this.controller = new AbortController();
    this.element.hidden = false;
    this.element.setAttribute('data-state', 'checking');
    this.status.textContent = this.i18n.t('kube.checking');
    return this.page.api.post('kubeconfig/validate', { kubeconfig: text }, null, this.controller.signal)
      .then((analysis) => {
        if (sequence === this.sequence) {
          this.render(analysis);
        }
      }, (error) => {
        if (!isAbort(error) && sequence === this.sequence) {
          this.renderFailure(error);
        }
      });
  }

  render(analysis) {
    const t = this.i18n.t.bind(this.i18n);
    const n = this.i18n.n.bind(this.i18n);
    const summary = analysis.summary;
    const contexts = summary ? summary.contexts : [];
    const parts = [analysis.valid ? t('kube.valid') : t('kube.invalid'), n('kube.contextCount', contexts.length)];
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
      summary && summary.unknownExpiries && summary.unknownExpiries.length ? this.unknownExpiry(summary.unknownExpiries) : null,
      contexts.length ? this.contextTable(summary) : null]);
    this.onSummary(summary);
  }

  renderFailure(error) {
    this.element.setAttribute('data-state', 'invalid');
    this.status.textContent = this.page.errorText(error);
    clear(this.details);
    this.onSummary(null);
  }

  /** Shows server-side problems of a refused save the same way as a check. */
  showProblems(problems) {
    this.element.hidden = false;
    this.render({ valid: false, errors: problems, warnings: [], summary: null });
  }

  problemList(problems, kind, title) {
    if (!problems.length) {
      return null;
    }
    return el('div', { class: 'wbc-problems wbc-problems-' + kind },
      el('h4', { class: 'wbc-problems-title' }, title),
      el('ul', null, problems.map((problem) => el('li', { class: 'wbc-problem' },
        el('span', { class: 'wbc-problem-message' }, problem.message),
        problem.path ? el('code', { class: 'wbc-problem-path' }, problem.path) : null))));
  }

  /** The earliest date, marked as the list marks it, by the threshold the server announced. */
  expiry(expiry) {
    const dates = this.page.dates;
    const state = expiryState(expiry.notAfter, this.page.expiringSummary.thresholdDays);
    const kind = this.i18n.t(expiry.kind === 'token' ? 'expiry.kind.token' : 'expiry.kind.certificate', expiry.user);
    const when = dates.relativeDays(expiry.notAfter);
    return el('p', { class: 'wbc-kcheck-expiry wbc-expiry-' + state },
      this.i18n.t(state === 'past' ? 'kube.expired' : 'kube.expires', kind, when, dates.absolute(expiry.notAfter)));
  }

  /** Users whose date nobody can read (an exec plugin, an auth provider, …): the first, and how many more. */
  unknownExpiry(unknown) {
    const first = unknown[0];
    const text = this.i18n.t('kube.unknownExpiry', first.user, unknownReason(this.i18n, first.reason));
    return el('p', { class: 'wbc-kcheck-expiry wbc-expiry-unknown' },
      unknown.length > 1 ? text + ' ' + this.i18n.n('kube.unknownMore', unknown.length - 1) : text);
  }

  contextTable(summary) {
    const t = this.i18n.t.bind(this.i18n);
    return el('div', { class: 'wbc-table-scroll' },
      el('table', { class: 'wbc-subtable' },
        el('caption', { class: 'wbc-subtable-caption' }, t('kube.contexts')),
        el('thead', null, el('tr', null,
          ['kube.context', 'kube.cluster', 'kube.server', 'kube.user', 'kube.namespace'].map((key) => el('th', { scope: 'col' }, t(key))))),
        el('tbody', null, summary.contexts.map((context) => {
          const current = context.name === summary.currentContext;
          return el('tr', { class: current ? 'wbc-current-context' : null },
            el('td', null, el('span', { class: 'wbc-mono' }, context.name),
              current ? [' ', el('span', { class: 'wbc-badge' }, t('kube.current'))] : null),
            el('td', null, context.cluster || '\u2014'),
            el('td', { class: 'wbc-mono wbc-break' }, context.server || '\u2014'),
            el('td', null, context.user || '\u2014'),
            el('td', null, context.namespace || '\u2014'));
        }))));
  }
}
