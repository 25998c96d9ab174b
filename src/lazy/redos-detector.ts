// Built on its own (dist/lazy/redos-detector.cjs) for the Node builds, which require() it on
// first use: only user-supplied RegExp rules need it.
export { isSafePattern } from 'redos-detector';
