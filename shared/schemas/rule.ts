// The setup's rule is a discipline's rule, told apart by `kind`: see disciplines/registry.ts.
export { Rule } from '../disciplines/registry.ts';
