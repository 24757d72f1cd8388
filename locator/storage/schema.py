"""The vault's tables, versioned with ``PRAGMA user_version``.

Each migration is a list of statements run in ONE transaction together with
the new ``user_version``: a migration killed midway leaves the old version.
Never edit a shipped migration; add the next one.
"""

from __future__ import annotations

# Every version is written out as the literal SQL it shipped with. Nothing here is built
# from the live field list (locator.model.cases): adding a field changes no shipped version; it
# takes a new migration (``ALTER TABLE cases ADD COLUMN …``), and tests/test_migrations.py
# pins each version's text.

_V1 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  alias TEXT NOT NULL DEFAULT '',
  registered_last_name TEXT NOT NULL DEFAULT '',
  registered_first_name TEXT NOT NULL DEFAULT '',
  real_name TEXT NOT NULL DEFAULT '',
  other_spellings TEXT NOT NULL DEFAULT '',
  nationality_recorded TEXT NOT NULL DEFAULT '',
  nationality_real TEXT NOT NULL DEFAULT '',
  birth_date_recorded TEXT NOT NULL DEFAULT '',
  birth_date_real TEXT NOT NULL DEFAULT '',
  oe_number TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  case_language TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  last_contact_at TEXT NOT NULL DEFAULT '',
  arrest_date TEXT NOT NULL DEFAULT '',
  arrest_place TEXT NOT NULL DEFAULT '',
  centre TEXT NOT NULL DEFAULT '',
  centre_since TEXT NOT NULL DEFAULT '',
  phone_in_centre TEXT NOT NULL DEFAULT '',
  consent_lawyer TEXT NOT NULL DEFAULT '',
  consent_lawyer_asked_on TEXT NOT NULL DEFAULT '',
  consent_share_gvo TEXT NOT NULL DEFAULT '',
  consent_share_gvo_asked_on TEXT NOT NULL DEFAULT '',
  consent_share_lawyer TEXT NOT NULL DEFAULT '',
  consent_share_lawyer_asked_on TEXT NOT NULL DEFAULT '',
  consent_share_referents TEXT NOT NULL DEFAULT '',
  consent_share_referents_asked_on TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  lawyer_name TEXT NOT NULL DEFAULT '',
  lawyer_bar TEXT NOT NULL DEFAULT '',
  lawyer_phone TEXT NOT NULL DEFAULT '',
  lawyer_email TEXT NOT NULL DEFAULT '',
  lawyer_brief_sent_on TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
)""",
    "CREATE INDEX cases_updated ON cases(updated_at)",
    """CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  filename TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  data BLOB NOT NULL
)""",
    "CREATE INDEX attachments_case ON attachments(case_id)",
    """CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL, role TEXT NOT NULL, phones TEXT NOT NULL, email TEXT NOT NULL
)""",
    "CREATE INDEX contacts_case ON contacts(case_id)",
    """CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL, notified_at TEXT NOT NULL, annexe TEXT NOT NULL,
  notification_method TEXT NOT NULL, earlier_removal TEXT NOT NULL,
  attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
  note TEXT NOT NULL
)""",
    "CREATE INDEX decisions_case ON decisions(case_id)",
    """CREATE TABLE deportation_attempts (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  date TEXT NOT NULL, flight TEXT NOT NULL, destination TEXT NOT NULL,
  outcome TEXT NOT NULL, note TEXT NOT NULL
)""",
    "CREATE INDEX attempts_case ON deportation_attempts(case_id)",
    """CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  data TEXT NOT NULL,
  corrects INTEGER REFERENCES events(id)
)""",
    "CREATE INDEX events_case ON events(case_id, at)",
    # The search index lives inside the encrypted file like everything else.
    """CREATE VIRTUAL TABLE case_search USING fts5(
  names, nationality, centre, notes,
  tokenize = 'unicode61 remove_diacritics 2'
)""",
]

_V2 = [
    # Legal deadlines started by decisions. Never deleted: filed or set aside.
    """CREATE TABLE deadlines (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
  rule TEXT NOT NULL,
  notified_at TEXT NOT NULL,
  method TEXT NOT NULL,
  due TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  conditional INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'open',
  done_on TEXT NOT NULL DEFAULT '',
  done_by TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
)""",
    "CREATE INDEX deadlines_case ON deadlines(case_id)",
    "CREATE INDEX deadlines_open ON deadlines(state, due)",
]

_V3 = [
    # A case can be closed (kept, out of the way) and later purged.
    "ALTER TABLE cases ADD COLUMN closed_at TEXT NOT NULL DEFAULT ''",
]

_V4 = [
    # The user's own note per centre (visiting tips, who answered), kept encrypted.
    """CREATE TABLE centre_notes (
  centre TEXT PRIMARY KEY,
  note TEXT NOT NULL,
  updated_at TEXT NOT NULL
)""",
]

_V5 = [
    # A refused asylum application: was it a new one made in detention? (5 days, not 10)
    "ALTER TABLE decisions ADD COLUMN subsequent_asylum_in_detention TEXT NOT NULL"
    " DEFAULT 'unknown'",
]

_V6 = [
    # A decision whose time of notification is not known (only its day): 0. Decisions
    # recorded before kept the time they were given (1).
    "ALTER TABLE decisions ADD COLUMN notified_time_known INTEGER NOT NULL DEFAULT 1",
    # Who the person is, for the centres that could hold them (the calling round)
    "ALTER TABLE cases ADD COLUMN sex TEXT NOT NULL DEFAULT 'unknown'",
    "ALTER TABLE cases ADD COLUMN with_children TEXT NOT NULL DEFAULT 'unknown'",
]

_V7 = [
    # issue 18: the list ordered and counted by indexes, never by reading every case. The
    # folded sort keys of the names are filled by a Python step (locator.storage.search).
    "ALTER TABLE cases ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN sort_registered TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX cases_open_updated ON cases(closed_at, updated_at, id)",
    "CREATE INDEX cases_open_name ON cases(closed_at, sort_name, id)",
    "CREATE INDEX cases_open_registered ON cases(closed_at, sort_registered, id)",
    "CREATE INDEX cases_name ON cases(sort_name, id)",
    "CREATE INDEX cases_registered ON cases(sort_registered, id)",
    "CREATE INDEX cases_facts ON cases(closed_at, nationality_recorded, status, centre)",
    # the search index again, with prefix indexes (what is typed is a prefix), filled
    # from the one before (the same words of every case)
    """CREATE VIRTUAL TABLE case_search_v7 USING fts5(
  names, nationality, centre, notes,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
)""",
    "INSERT INTO case_search_v7(rowid, names, nationality, centre, notes)"
    " SELECT rowid, names, nationality, centre, notes FROM case_search",
    "DROP TABLE case_search",
    "ALTER TABLE case_search_v7 RENAME TO case_search",
]

_V8 = [
    # Issue 16: sharing cases with a team over a synced folder (locator.team). This
    # device's keys and settings, the team's keys by epoch (a new epoch when a member is
    # removed), the members, the cases shared with their team-wide id, the last value of
    # each shared field this device published or applied (the base of the next diff), the
    # timeline entries and photos already carried, and the conflicts found.
    "CREATE TABLE team (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE team_keys (epoch INTEGER PRIMARY KEY, key BLOB NOT NULL)",
    """CREATE TABLE team_members (
  device TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  verify_key BLOB NOT NULL,
  box_key BLOB NOT NULL,
  removed_after INTEGER,
  applied INTEGER NOT NULL DEFAULT -1,
  seen TEXT NOT NULL DEFAULT '{}',
  last_seen TEXT NOT NULL DEFAULT ''
)""",
    """CREATE TABLE team_invites (
  invite TEXT PRIMARY KEY,
  token_hash BLOB NOT NULL,
  by_device TEXT NOT NULL,
  used_by TEXT NOT NULL DEFAULT ''
)""",
    """CREATE TABLE team_cases (
  uid TEXT PRIMARY KEY,
  case_id INTEGER UNIQUE REFERENCES cases(id) ON DELETE SET NULL,
  shared INTEGER NOT NULL DEFAULT 1,
  purged INTEGER NOT NULL DEFAULT 0,
  attachments INTEGER NOT NULL DEFAULT 0,
  signature TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL DEFAULT ''
)""",
    """CREATE TABLE team_fields (
  uid TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  clock TEXT NOT NULL,
  author TEXT NOT NULL,
  PRIMARY KEY (uid, field)
) WITHOUT ROWID""",
    """CREATE TABLE team_events (
  uid TEXT PRIMARY KEY,
  event_id INTEGER UNIQUE REFERENCES events(id) ON DELETE CASCADE
)""",
    # A purged case keeps nothing in the team tables either (its last values, its
    # conflicts): the purge's foreign key sets team_cases.case_id to NULL, this clears them.
    """CREATE TRIGGER team_case_purged AFTER UPDATE OF case_id ON team_cases
WHEN NEW.case_id IS NULL BEGIN
  DELETE FROM team_fields WHERE uid = NEW.uid;
  DELETE FROM team_conflicts WHERE uid = NEW.uid;
END""",
    """CREATE TABLE team_attachments (
  uid TEXT PRIMARY KEY,
  attachment_id INTEGER UNIQUE REFERENCES attachments(id) ON DELETE CASCADE
)""",
    """CREATE TABLE team_conflicts (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL,
  field TEXT NOT NULL,
  kept TEXT NOT NULL,
  kept_by TEXT NOT NULL,
  kept_clock TEXT NOT NULL,
  other TEXT NOT NULL,
  other_by TEXT NOT NULL,
  other_clock TEXT NOT NULL,
  found_at TEXT NOT NULL,
  resolved_at TEXT NOT NULL DEFAULT ''
)""",
]

MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5, 6: _V6, 7: _V7,
                                  8: _V8}
SCHEMA_VERSION = max(MIGRATIONS)
