/*
 * Icons drawn as inline SVG, built node by node: a font may lack a symbol or an emoji (U+FE19, the
 * vertical ellipsis, shows as an empty box in common fonts), a drawing never does. They take the text
 * colour (currentColor), so they follow the theme, and are hidden from assistive technology: the
 * control around them carries the name.
 */

import { el } from './elements.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(viewBox, size, className) {
  const node = document.createElementNS(SVG, 'svg');
  node.setAttribute('viewBox', viewBox);
  node.setAttribute('width', String(size));
  node.setAttribute('height', String(size));
  node.setAttribute('aria-hidden', 'true');
  node.setAttribute('focusable', 'false');
  node.setAttribute('class', className);
  return node;
}

function shape(name, attributes) {
  const node = document.createElementNS(SVG, name);
  Object.keys(attributes).forEach((key) => { node.setAttribute(key, attributes[key]); });
  return node;
}

/** A key, for the empty list. */
export function keyIcon() {
  const icon = svg('0 0 48 48', 48, 'wbc-empty-icon');
  const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': '4', 'stroke-linecap': 'round' };
  icon.append(
    shape('circle', Object.assign({ cx: '16', cy: '24', r: '8' }, stroke)),
    shape('path', Object.assign({ d: 'M24 24h18M36 24v7M42 24v5' }, stroke)));
  return icon;
}

/**
 * A vertical ellipsis (three dots, one above the other), for a row's menu button. The dots are about the
 * size and spacing of those of Jenkins' own overflow button, which draws them as rings in a row; filled
 * here, so they stay legible at row height.
 */
export function ellipsisIcon() {
  const icon = svg('0 0 18 18', 18, 'wbc-menu-icon');
  ['3', '9', '15'].forEach((cy) => {
    icon.append(shape('circle', { cx: '9', cy: cy, r: '2', fill: 'currentColor' }));
  });
  return icon;
}

/**
 * Inside Jenkins: the ellipsis of Jenkins' own overflow buttons (its overflowButton tag and build
 * history), three rings in a row that Jenkins' stylesheet draws, so the button is the one Jenkins users know.
 */
export function jenkinsEllipsis() {
  return el('div', { class: 'jenkins-overflow-button__ellipsis', 'aria-hidden': 'true' }, el('span'), el('span'), el('span'));
}
