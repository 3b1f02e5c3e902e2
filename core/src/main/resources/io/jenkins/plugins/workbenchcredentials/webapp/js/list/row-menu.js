/* The ︙ menu of each row (Edit, History, Delete), after the WAI-ARIA menu button pattern. */

import { el, uid } from '../dom/elements.js';
import { ellipsisIcon, jenkinsEllipsis } from '../dom/icons.js';

/*
 * Inside Jenkins the button also wears Jenkins' own button classes and ellipsis: those of the borderless
 * (tertiary) buttons that open Jenkins' own overflow menus, so it looks, hovers, presses and takes the
 * theme like them. Outside Jenkins it draws its own three dots.
 */
const JENKINS_BUTTON = 'jenkins-button jenkins-button--tertiary';

/**
 * One menu open at a time. An action is { name, label, danger, run(opener) }: run gets the menu button,
 * so the dialog it opens can give the focus back to it.
 */
export class RowMenu {
  constructor(i18n, options = {}) {
    this.i18n = i18n;
    this.inJenkins = !!options.inJenkins;
    this.current = null;
    // A press outside the menu and its button closes the menu; the button's icon is part of the button.
    this.outside = (event) => {
      if (this.current && !this.current.menu.contains(event.target) && !this.current.button.contains(event.target)) {
        this.close(false);
      }
    };
  }

  /** The menu button of the row of credential id, in its anchor (the menu opens below it). */
  button(id, actions) {
    const label = this.i18n.t('row.actions', id);
    const trigger = el('button', {
      type: 'button', class: 'wbc-menu-button' + (this.inJenkins ? ' ' + JENKINS_BUTTON : ''),
      'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': label, title: label, dataset: { id: id }
    }, this.inJenkins ? jenkinsEllipsis() : ellipsisIcon());
    trigger.addEventListener('click', () => {
      if (this.current && this.current.button === trigger) {
        this.close(true);
      } else {
        this.open(trigger, actions, 0);
      }
    });
    trigger.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        this.open(trigger, actions, event.key === 'ArrowUp' ? actions.length - 1 : 0);
      }
    });
    return el('div', { class: 'wbc-menu-anchor' }, trigger);
  }

  open(trigger, actions, focusIndex) {
    this.close(false);
    const menu = el('ul', { class: 'wbc-menu', role: 'menu', id: uid('menu'), 'aria-label': trigger.getAttribute('aria-label') });
    const items = actions.map((action) => {
      const item = el('button', {
        type: 'button', role: 'menuitem', tabindex: '-1',
        class: 'wbc-menu-item' + (action.danger ? ' wbc-menu-item-danger' : ''), dataset: { action: action.name }
      }, action.label);
      item.addEventListener('click', () => {
        this.close(false);
        action.run(trigger);
      });
      menu.append(el('li', { role: 'none' }, item));
      return item;
    });
    menu.addEventListener('keydown', (event) => { this.navigate(event, items); });
    trigger.setAttribute('aria-expanded', 'true');
    trigger.setAttribute('aria-controls', menu.id);
    trigger.parentNode.append(menu);
    const box = menu.getBoundingClientRect();
    if (box.bottom > window.innerHeight && box.height < trigger.getBoundingClientRect().top) {
      menu.classList.add('wbc-menu-up'); // would run off the bottom of the window: open upwards
    }
    this.current = { button: trigger, menu: menu };
    document.addEventListener('pointerdown', this.outside, true);
    items[focusIndex].focus();
  }

  /** Arrows move (and wrap), Home and End jump, Escape closes back to the button, Tab leaves. */
  navigate(event, items) {
    const index = items.indexOf(document.activeElement);
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
      this.close(true);
    } else if (event.key === 'Tab') {
      this.close(false);
    }
  }

  close(returnFocus) {
    if (!this.current) {
      return;
    }
    const current = this.current;
    this.current = null;
    document.removeEventListener('pointerdown', this.outside, true);
    current.menu.remove();
    current.button.setAttribute('aria-expanded', 'false');
    current.button.removeAttribute('aria-controls');
    if (returnFocus) {
      current.button.focus();
    }
  }
}
