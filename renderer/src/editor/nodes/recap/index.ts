/** The recap node's public face: what the body's assembly and the features may use of it. */
export { Recap } from './recap';
