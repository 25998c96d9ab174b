// Built on its own (dist/lazy/franc.cjs) for the Node builds, which require() it on first use:
// franc's trigram data are half a megabyte of source that every import would otherwise parse.
export { franc } from 'franc';
