import { describe, expect, it } from 'vitest';
import {
  pg15ApplicationName,
  pg15ApplicationNameRequest,
  readingIdleTimeout,
  showMilliseconds,
} from './pg15-session-settings.js';

describe('application_name as PostgreSQL 15 keeps it', () => {
  it('cuts to 63 bytes at a character, then makes each byte outside printable ASCII a ?', () => {
    expect(pg15ApplicationName('x'.repeat(70))).toBe('x'.repeat(63));
    expect(pg15ApplicationName(`${'a'.repeat(62)}é`)).toBe('a'.repeat(62));
    expect(pg15ApplicationName('é'.repeat(40))).toBe('?'.repeat(62));
    expect(pg15ApplicationName('😀 app')).toBe('???? app');
    expect(pg15ApplicationName('~\u007f')).toBe('~?');
    expect(pg15ApplicationName('tab\there')).toBe('tab?here');
  });

  it('rewrites SET, SET ... TO and set_config literals and parameters', () => {
    expect(pg15ApplicationNameRequest({ text: "SET application_name = 'héllo'" }).text).toBe(
      "SET application_name = 'h??llo'",
    );
    expect(
      pg15ApplicationNameRequest({ text: "set local application_name to E'new\\nline\\\\x''s'" }).text,
    ).toBe("set local application_name to 'new?line\\x''s'");
    expect(
      pg15ApplicationNameRequest({ text: "SELECT set_config('application_name', 'dé', false)" }).text,
    ).toBe("SELECT set_config('application_name', 'd??', false)");
    expect(
      pg15ApplicationNameRequest({
        text: "SELECT set_config('application_name', $1, false)",
        params: ['é\u007f'],
      }).params,
    ).toEqual(['???']);
    const plain = { text: "SET application_name = 'svc'" };
    expect(pg15ApplicationNameRequest(plain).text).toBe(plain.text);
    expect(pg15ApplicationNameRequest({ text: 'SHOW application_name' }).text).toBe('SHOW application_name');
  });
});

describe('idle_in_transaction_session_timeout as the session keeps it', () => {
  it('shows milliseconds in the largest unit that divides them', () => {
    expect(showMilliseconds(0)).toBe('0');
    expect(showMilliseconds(2)).toBe('2ms');
    expect(showMilliseconds(1500)).toBe('1500ms');
    expect(showMilliseconds(1000)).toBe('1s');
    expect(showMilliseconds(90_000)).toBe('90s');
    expect(showMilliseconds(120_000)).toBe('2min');
    expect(showMilliseconds(3_600_000)).toBe('1h');
    expect(showMilliseconds(86_400_000)).toBe('1d');
  });

  it('rewrites SHOW, current_setting and pg_settings reads', () => {
    expect(readingIdleTimeout('SHOW idle_in_transaction_session_timeout', 1000)).toEqual({
      text: "SELECT '1s'::text AS idle_in_transaction_session_timeout",
      show: true,
    });
    expect(
      readingIdleTimeout("SELECT current_setting('idle_in_transaction_session_timeout', true) AS v", 120_000)
        .text,
    ).toBe("SELECT '2min'::text AS v");
    const aliased = readingIdleTimeout(
      'SELECT s.setting FROM pg_catalog.pg_settings s WHERE s.name = $1',
      5,
    ).text;
    expect(aliased).toMatch(/FROM \(SELECT name, CASE .* FROM pg_catalog\.pg_settings\) s WHERE/);
    const bare = readingIdleTimeout('SELECT setting FROM pg_settings WHERE name = $1', 5).text;
    expect(bare).toMatch(/\) AS pg_settings WHERE/);
  });
});
