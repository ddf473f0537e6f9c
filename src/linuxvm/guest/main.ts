// Entry point of the guest agent (agent-main.ts), for `node main.js` and the image's ES module
// bundle; snapshot.ts is the entry of the start-up snapshot.
import { startAgent } from './agent-main.js';

startAgent('bundle');
