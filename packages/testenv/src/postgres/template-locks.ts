import pg from 'pg';

/**
 * The advisory-lock key of a template (two-key form: apart from the run leases and the build lock).
 * A run holds it shared for as long as it may clone the template; a sweep drops the template only
 * when it gets it exclusive, so no run ever loses a template it is using.
 */
export const TEMPLATE_LOCK_KEY = "hashtext('seams-testenv:template'), hashtext($1)";

/**
 * One session that holds a shared lock on each template this process uses, until `close()`. The
 * server releases the locks when the process dies, however it dies. The session is a pool of one
 * whose idle connection keeps its locks but never keeps the process alive.
 */
export class TemplateLocks {
  private readonly session: pg.Pool;
  private readonly held = new Map<string, Promise<unknown>>();

  constructor(serverUrl: string, applicationName: string) {
    this.session = new pg.Pool({
      connectionString: serverUrl,
      max: 1,
      idleTimeoutMillis: 0,
      allowExitOnIdle: true,
      application_name: applicationName,
    });
    // A session ended by the server (a teardown ending the run's connections) is not this process's error.
    this.session.on('error', () => {});
  }

  /** Resolves once this process holds the template in use (waiting while a sweep drops it). */
  hold(template: string): Promise<unknown> {
    let lock = this.held.get(template);
    if (!lock) {
      lock = this.session.query(`SELECT pg_advisory_lock_shared(${TEMPLATE_LOCK_KEY})`, [template]);
      lock.catch(() => this.held.delete(template));
      this.held.set(template, lock);
    }
    return lock;
  }

  /** Lets go of every template (ending the session). */
  async close(): Promise<void> {
    // Unlocked before the session ends: the server frees an ended session's locks only as its
    // backend exits, after the client has gone, so a sweep right after close() could still find
    // them held (seen once in CI under load). A session the server already ended holds nothing.
    if (this.held.size > 0)
      await this.session.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    this.held.clear();
    await this.session.end();
  }
}
