// Round 17 probe, commands: chapters 10, 11 and 13 of PostgreSQL 15's manual and the command
// reference pages a repository layer uses, in five parts.
import cmd from './commands-cmd.js';
import conv from './commands-conv.js';
import ddl from './commands-ddl.js';
import extra from './commands-extra.js';
import idx from './commands-idx.js';
import sessions from './commands-sessions.js';
import tx from './commands-tx.js';

export default [...tx, ...idx, ...conv, ...cmd, ...ddl, ...extra, ...sessions];
