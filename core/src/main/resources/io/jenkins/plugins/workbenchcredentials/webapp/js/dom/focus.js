/* What the keyboard can reach inside a container, for dialogs that keep the focus inside them. */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), '
  + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function isVisible(node) {
  return node.getClientRects().length > 0;
}

/** The focusable elements of a container that are shown, in document order. */
export function focusables(container) {
  return Array.prototype.filter.call(container.querySelectorAll(FOCUSABLE), isVisible);
}
