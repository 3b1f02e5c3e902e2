/*
 * Building elements. Every piece of data reaches the page as text, never as markup: strings become text
 * nodes and attributes are set one by one, so nothing a credential holds can turn into HTML or script.
 */

let nextId = 0;

/** A unique element ID, prefixed so it cannot collide with the host page's IDs. */
export function uid(name) {
  nextId += 1;
  return 'wbc-' + name + '-' + nextId;
}

const PROPERTIES = { value: true, checked: true, disabled: true, hidden: true, readOnly: true, selected: true, required: true };

/**
 * Builds an element. Children are nodes or strings (added as text, so data can never become markup);
 * properties such as value are set after the children, so a select's value finds its option.
 */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  const properties = [];
  if (attributes) {
    Object.keys(attributes).forEach((key) => {
      const value = attributes[key];
      if (value === undefined || value === null || value === false) {
        return;
      }
      if (key === 'class') {
        node.className = value;
      } else if (key === 'text') {
        node.textContent = value;
      } else if (key === 'dataset') {
        Object.keys(value).forEach((name) => { node.dataset[name] = value[name]; });
      } else if (PROPERTIES[key]) {
        properties.push([key, value]);
      } else {
        node.setAttribute(key, value === true ? '' : String(value));
      }
    });
  }
  append(node, children);
  properties.forEach((pair) => { node[pair[0]] = pair[1]; });
  return node;
}

/** Appends nodes and strings (as text), flattening arrays and skipping null, undefined and false. */
export function append(node, children) {
  children.forEach((child) => {
    if (Array.isArray(child)) {
      append(node, child);
    } else if (child !== null && child !== undefined && child !== false) {
      node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
  });
  return node;
}

export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
  return node;
}

/** A page button: variant "primary", "danger", "plain" or "small"; onClick as its click handler. */
export function button(label, options = {}) {
  const node = el('button', {
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
