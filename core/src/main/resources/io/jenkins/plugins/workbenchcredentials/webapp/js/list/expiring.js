/*
 * What needs attention: the server's count of the credentials that have expired or expire within its
 * threshold (GET expiring), and the expiry filter as the page's address carries it (?expiring=true, as
 * Jenkins' administrative monitor links to the page).
 */

/** The threshold the page assumes until the server says its own: the server's default. */
const DEFAULT_THRESHOLD_DAYS = 14;

/** The expiry filter of the page's address, as list state: 'true' or ''. */
export function expiringInAddress() {
  return new URLSearchParams(window.location.search).get('expiring') === 'true' ? 'true' : '';
}

/** Keeps ?expiring=true in the address while the filter is on, so that a reload or a copied link keeps it. */
export function showExpiringInAddress(expiring) {
  const url = new URL(window.location.href);
  if (expiring === 'true') {
    url.searchParams.set('expiring', 'true');
  } else {
    url.searchParams.delete('expiring');
  }
  if (url.href !== window.location.href) {
    window.history.replaceState(window.history.state, '', url.href);
  }
}

/** The last summary the server gave ({thresholdDays, expired, expiring, soonest}), asked again after a change. */
export class ExpiringSummary {
  constructor(api) {
    this.api = api;
    this.summary = null;
    this.thresholdDays = DEFAULT_THRESHOLD_DAYS;
    this.generation = 0; // of the question: an answer to a question asked before a change is dropped
    this.pending = null;
    this.stale = true;
  }

  /** A credential was created, changed or deleted: the next refresh asks the server again. */
  changed() {
    this.generation += 1;
    this.pending = null;
    this.stale = true;
  }

  /**
   * Asks the server when stale, or waits for the question already on its way. Never fails: without an
   * answer the summary stays what it was, and the next refresh asks again.
   */
  refresh() {
    if (this.pending) {
      return this.pending;
    }
    if (!this.stale) {
      return Promise.resolve();
    }
    const generation = this.generation;
    this.stale = false;
    this.pending = this.api.get('expiring').then((summary) => {
      if (generation === this.generation) {
        this.summary = summary;
        this.thresholdDays = summary.thresholdDays;
      }
    }, () => {
      if (generation === this.generation) {
        this.stale = true;
      }
    }).then(() => {
      if (generation === this.generation) {
        this.pending = null;
      }
    });
    return this.pending;
  }
}
