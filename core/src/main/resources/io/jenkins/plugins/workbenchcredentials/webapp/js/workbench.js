/*
 * The workbench page: the list of credentials with its toolbar and pager, the banner of expired and
 * expiring credentials, and what opens from the list (the create and edit form, the history and delete
 * dialogs). It keeps the list's state, asks the API for the page of the list that state describes, and
 * hands each part what to show.
 */

import { credentialPath, isAbort } from './api/client.js';
import { Dates } from './i18n/dates.js';
import { button, clear, el } from './dom/elements.js';
import { Notices } from './ui/notices.js';
import { Toolbar } from './list/toolbar.js';
import { CredentialTable, defaultDirection } from './list/table.js';
import { credentialRow } from './list/row.js';
import { RowMenu } from './list/row-menu.js';
import { EmptyState } from './list/empty-state.js';
import { ExpiryBanner } from './list/expiry-banner.js';
import { ExpiringSummary, expiringInAddress, showExpiringInAddress } from './list/expiring.js';
import { Pager } from './list/pager.js';
import { CredentialForm } from './form/credential-form.js';
import { DeleteDialog } from './delete/delete-dialog.js';
import { HistoryDialog } from './history/history-dialog.js';

/** The list's filters: each a key of the list state and a query parameter of the list API, '' when off. */
const FILTERS = ['query', 'type', 'expiring'];

export class Workbench {
  constructor(root, i18n, api) {
    this.root = root;
    this.i18n = i18n;
    this.api = api;
    this.dates = new Dates(i18n.language);
    this.notices = new Notices(i18n);
    // Jenkins' page sets data-host="jenkins" on the mount point; the row menus then look like Jenkins' own.
    this.menu = new RowMenu(i18n, { inJenkins: root.dataset.host === 'jenkins' });
    this.state = { query: '', type: '', expiring: expiringInAddress(), sortBy: 'created', sortDir: 'desc', page: 1, pageSize: 20 };
    // What needs attention (GET expiring), asked again with the next list after every change.
    this.expiringSummary = new ExpiringSummary(api);
    this.sequence = 0;
    this.controller = null;
    this.highlight = null;
    this.items = [];
  }

  mount() {
    const t = this.i18n.t.bind(this.i18n);
    this.root.classList.add('wbc');
    this.root.setAttribute('lang', this.i18n.language);
    if (this.root.dataset.pageTitle === 'true') {
      document.title = t('page.title');
      document.documentElement.setAttribute('lang', this.i18n.language);
    }
    this.createButton = button(t('page.create'), { variant: 'primary', extraClass: 'wbc-create', onClick: (event) => { this.openCreate(event.currentTarget); } });
    const header = el('div', { class: 'wbc-header' },
      el('div', { class: 'wbc-heading' },
        el('h1', { class: 'wbc-title' }, t('page.title')),
        el('p', { class: 'wbc-subtitle' }, t('page.subtitle'))),
      this.createButton);
    this.toolbar = new Toolbar(this.i18n, (change) => { this.filter(change); });
    this.toolbar.setExpiring(this.state.expiring);
    this.banner = new ExpiryBanner(this.i18n, this.dates, {
      onFilter: (on) => {
        this.toolbar.setExpiring(on ? 'true' : '');
        this.filter({ expiring: on ? 'true' : '' });
      },
      fallbackFocus: () => this.toolbar.expiringFilter
    });
    this.table = new CredentialTable(this.i18n, {
      onSort: (field) => { this.sortBy(field); },
      row: (item) => this.row(item),
      menu: this.menu,
      fallbackFocus: () => this.createButton
    });
    this.emptyState = new EmptyState(this.i18n, {
      onClearFilters: () => { this.clearFilters(); },
      onCreate: (opener) => { this.openCreate(opener); },
      fallbackFocus: () => this.createButton
    });
    this.table.updateSortHeaders(this.state.sortBy, this.state.sortDir);
    // No scrolling box around the table: it would cut off the row menus.
    const card = el('div', { class: 'wbc-table-card' }, this.table.element, this.emptyState.element);
    this.pager = new Pager(this.i18n, this.state.pageSize, {
      onStep: (step) => { this.goTo(this.state.page + step); },
      onPageSize: (size) => {
        this.state.pageSize = size;
        this.state.page = 1;
        this.load();
      }
    });
    clear(this.root).append(header, this.notices.element, this.banner.element, this.toolbar.element, card, this.pager.element);
    this.load();
  }

  /** A search or filter changed: the list starts again at its first page. */
  filter(change) {
    Object.assign(this.state, change);
    this.state.page = 1;
    if ('expiring' in change) {
      showExpiringInAddress(this.state.expiring);
    }
    this.load();
  }

  sortBy(field) {
    if (this.state.sortBy === field) {
      this.state.sortDir = this.state.sortDir === 'asc' ? 'desc' : 'asc';
    } else {
      this.state.sortBy = field;
      this.state.sortDir = defaultDirection(field);
    }
    this.state.page = 1;
    this.table.updateSortHeaders(this.state.sortBy, this.state.sortDir);
    this.load();
  }

  goTo(page) {
    this.state.page = Math.max(1, page);
    this.load();
  }

  /** The list API's parameters for the current state. */
  listParams() {
    const state = this.state;
    const params = {};
    FILTERS.forEach((name) => { params[name] = state[name]; });
    return Object.assign(params, { sortBy: state.sortBy, sortDir: state.sortDir, page: state.page, pageSize: state.pageSize });
  }

  /** Asks for the list, then what needs attention if stale; an answer to an older request than the last is dropped. */
  load() {
    this.sequence += 1;
    const sequence = this.sequence;
    if (this.controller) {
      this.controller.abort();
    }
    this.controller = new AbortController();
    const state = this.state;
    this.table.element.setAttribute('aria-busy', 'true');
    this.root.setAttribute('data-loading', 'true');
    const signal = this.controller.signal;
    // The summary is asked once the list has answered: a refused list (no token, no permission) is the
    // page's one error, and the banner has nothing to add to it.
    const list = this.api.get('credentials', this.listParams(), signal)
      .then((data) => this.expiringSummary.refresh().then(() => data));
    return list.then((data) => {
      if (sequence !== this.sequence) {
        return null;
      }
      const pagination = data.pagination;
      if (data.items.length === 0 && pagination.total > 0 && state.page > pagination.pages) {
        state.page = pagination.pages; // the last page emptied, e.g. after a delete
        return this.load();
      }
      this.toolbar.hideSearchError();
      this.render(data);
      return null;
    }, (error) => {
      if (isAbort(error) || sequence !== this.sequence) {
        return;
      }
      if (error.field === 'query') {
        this.toolbar.showSearchError(this.errorText(error));
      } else {
        this.notices.error(this.errorText(error));
      }
      this.table.renderRows([]);
      this.emptyState.hide();
      this.pager.hide();
      this.finishLoading();
    }).then(() => {
      if (sequence === this.sequence) {
        this.finishLoading();
      }
    });
  }

  finishLoading() {
    this.table.element.removeAttribute('aria-busy');
    this.root.removeAttribute('data-loading');
  }

  render(data) {
    const pagination = data.pagination;
    this.items = data.items;
    this.table.renderRows(data.items);
    const filtered = FILTERS.some((name) => this.state[name] !== '');
    const expiring = this.state.expiring === 'true';
    const summary = this.expiringSummary.summary;
    if (summary) {
      this.toolbar.setThreshold(summary.thresholdDays);
    }
    this.banner.show(summary, expiring);
    this.emptyState.show(pagination.total === 0, filtered, this.state.query, expiring, summary ? summary.thresholdDays : null);
    this.pager.show(pagination, data.items.length);
    this.root.setAttribute('data-total', String(pagination.total));
    this.highlight = null;
  }

  clearFilters() {
    this.toolbar.reset();
    FILTERS.forEach((name) => { this.state[name] = ''; });
    this.state.page = 1;
    showExpiringInAddress('');
    this.load();
    this.toolbar.searchInput.focus();
  }

  row(item) {
    return credentialRow(item, {
      i18n: this.i18n,
      dates: this.dates,
      highlighted: item.id === this.highlight,
      menuButton: this.menu.button(item.id, this.rowActions(item))
    });
  }

  /** The items of a row's menu, in order; run gets the menu button, to give the focus back to. */
  rowActions(item) {
    const t = this.i18n.t.bind(this.i18n);
    return [
      { name: 'edit', label: t('row.edit'), run: (opener) => { this.openEdit(item.id, opener); } },
      { name: 'history', label: t('row.history'), run: (opener) => { new HistoryDialog(this, item).open(opener); } },
      { name: 'delete', label: t('row.delete'), danger: true, run: (opener) => { new DeleteDialog(this, item).open(opener); } }
    ];
  }

  openCreate(opener) {
    this.notices.clear();
    new CredentialForm(this, null).open(opener || this.createButton);
  }

  /** Edits the stored version, not the row's copy, so the revision sent with the update is current. */
  openEdit(id, opener) {
    this.notices.clear();
    this.api.get(credentialPath(id)).then((credential) => {
      new CredentialForm(this, credential).open(opener);
    }, (error) => {
      this.notices.error(this.errorText(error));
      if (error.code === 'NOT_FOUND') {
        this.expiringSummary.changed(); // deleted elsewhere
        this.load();
      }
    });
  }

  /** After the form saved: the list again, the saved row marked, and a notice. */
  saved(credential, edited) {
    const t = this.i18n.t.bind(this.i18n);
    this.highlight = credential.id;
    this.expiringSummary.changed();
    if (!edited) {
      this.state.page = 1;
    }
    this.load().then(() => {
      this.notices.success(t(edited ? 'notice.updated' : 'notice.created', credential.id));
    });
  }

  deleted(id) {
    this.expiringSummary.changed();
    this.load().then(() => {
      this.notices.success(this.i18n.t('notice.deleted', id));
    });
  }

  /** The server's localised message when there is one; else what went wrong, in the page's language. */
  errorText(error) {
    const t = this.i18n.t.bind(this.i18n);
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
  }
}
