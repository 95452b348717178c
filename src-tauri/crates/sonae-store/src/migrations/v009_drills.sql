-- Sonae schema v9: drills (緊急時対応訓練, issue 8; 000 §5.2(3), 004 第69条3).
--
-- A drill is planned from a scenario (the built-in library or the organization's own copy, kept
-- in `drill_scenario`); the plan keeps its own copy of the scenario, so editing the library later
-- never changes a drill that was run. Running it opens a drill case (incident_case.drill = 1)
-- that goes through the real workflow. The scenario clock is a list of segments (each play, pause
-- or change of speed starts one: from real instant <at> the scenario stood at <seconds> and ran
-- <speed> times faster than real time while running), so any real instant maps to scenario time.

CREATE TABLE drill_scenario (
    id         TEXT PRIMARY KEY NOT NULL,          -- the scenario's key
    title      TEXT NOT NULL,
    based_on   TEXT NOT NULL,                      -- the library key it was copied from, or ''
    json       TEXT NOT NULL,                      -- the scenario file (docs: sonae drill export)
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE drill (
    id                    TEXT PRIMARY KEY NOT NULL,
    name                  TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    fiscal_year           INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2099),
    purpose               TEXT NOT NULL,
    structure             TEXT NOT NULL,           -- 体制
    scope                 TEXT NOT NULL,           -- 範囲
    planned_on            TEXT,                    -- YYYY-MM-DD
    scenario_json         TEXT NOT NULL,
    playbook_revision     INTEGER NOT NULL CHECK (playbook_revision >= 0),
    state                 TEXT NOT NULL CHECK (state IN ('planned', 'running', 'ended', 'approved')),
    case_id               TEXT REFERENCES incident_case (id),
    clock                 TEXT NOT NULL,           -- one line per segment: '<at> <seconds> <speed> <0|1>'
    started_at            TEXT,
    ended_at              TEXT,
    good_points           TEXT NOT NULL,
    issues                TEXT NOT NULL,
    revise_playbook       INTEGER NOT NULL CHECK (revise_playbook IN (0, 1)),
    new_playbook_revision INTEGER,
    approved_by           TEXT,
    approved_at           TEXT,
    committee_reported_on TEXT,
    created_by            TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX drill_case ON drill (case_id);

CREATE TABLE drill_participant (
    id        TEXT PRIMARY KEY NOT NULL,
    drill_id  TEXT NOT NULL REFERENCES drill (id),
    person_id TEXT REFERENCES person (id),
    name      TEXT NOT NULL,
    role      TEXT NOT NULL,
    position  INTEGER NOT NULL
) STRICT;
CREATE INDEX drill_participant_drill ON drill_participant (drill_id, position);

-- One row per inject once it is released; its id is '<drill id>:<n>' (n = 1-based row).
CREATE TABLE drill_inject (
    id                TEXT PRIMARY KEY NOT NULL,
    drill_id          TEXT NOT NULL REFERENCES drill (id),
    seq               INTEGER NOT NULL CHECK (seq >= 1),
    released_at       TEXT NOT NULL,
    outcome           TEXT CHECK (outcome IS NULL OR outcome IN ('achieved', 'missed')),
    note              TEXT NOT NULL,
    marked_by         TEXT,
    marked_at         TEXT,
    UNIQUE (drill_id, seq)
) STRICT;

-- The timed log of the after-action report (時刻 / 作業内容・状況 / 判断・指示 / つまづいた工程).
CREATE TABLE drill_log (
    id          TEXT PRIMARY KEY NOT NULL,
    drill_id    TEXT NOT NULL REFERENCES drill (id),
    at          TEXT NOT NULL,
    work        TEXT NOT NULL,
    decision    TEXT NOT NULL,
    stumble     TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX drill_log_drill ON drill_log (drill_id, at);

-- 改善事項: each becomes a task (case_task) on the drill's case.
CREATE TABLE drill_action (
    id              TEXT PRIMARY KEY NOT NULL,
    drill_id        TEXT NOT NULL REFERENCES drill (id),
    text            TEXT NOT NULL,
    owner_person_id TEXT REFERENCES person (id),
    due_on          TEXT,
    task_id         TEXT NOT NULL REFERENCES case_task (id),
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX drill_action_drill ON drill_action (drill_id);

-- 連絡網疎通訓練: one row per call made (a second try is a second row).
CREATE TABLE drill_call (
    id          TEXT PRIMARY KEY NOT NULL,
    drill_id    TEXT NOT NULL REFERENCES drill (id),
    target      TEXT NOT NULL,                     -- 'person:<id>' or 'contact:<id>'
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL,
    called_at   TEXT NOT NULL,
    answered_at TEXT,
    result      TEXT NOT NULL CHECK (result IN ('answered', 'no_answer', 'wrong_number')),
    note        TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX drill_call_drill ON drill_call (drill_id, called_at);
