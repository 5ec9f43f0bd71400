// The look-up cache lives in the core, which the registry's directory uses too.
export { remembered } from '../core/remembered.js';
