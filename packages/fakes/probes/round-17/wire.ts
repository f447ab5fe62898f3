// Round 17 probe, wire: how values cross node-pg's wire to and from the engines, as repository code
// sends them: parameters of every JS kind (wire-params), parameter type inference and its errors
// (wire-infer), every common type's output as node-pg parses it (wire-results), command tags,
// rowCount, several statements, notices, encodings and long values (wire-commands).
import commands from './wire-commands.js';
import infer from './wire-infer.js';
import params from './wire-params.js';
import results from './wire-results.js';

export default [...params, ...infer, ...results, ...commands];
