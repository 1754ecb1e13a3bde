/** The demo module's public surface: what a demo installation gets to look at. */
export { type DemoDeps, seedDemoAgreements } from './seed-demo-agreements.js';
