/** Runs fn once input has paused for delay ms (search, the kubeconfig check); cancel() drops a pending run. */
export function debounce(fn, delay) {
  let timer = null;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => { fn(...args); }, delay);
  };
  wrapped.cancel = () => { clearTimeout(timer); };
  return wrapped;
}
