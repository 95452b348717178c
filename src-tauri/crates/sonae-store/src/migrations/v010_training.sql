-- Sonae schema v10: training (研修, issue 8; 000 §5.2(2), 004 第24条, 番号法29条の2・施行令32条).
--
-- The annual plan per 年度, the sessions held (or planned: a future held_on) with their content
-- tags and audience, attendance with 理解度, and the register of people designated as handlers
-- of 特定個人情報 (事務取扱担当者). A make-up session (補講) points at the session it makes up for.
-- Days are 'YYYY-MM-DD' (Japan), instants RFC 3339 UTC.

CREATE TABLE training_plan (
    id          TEXT PRIMARY KEY NOT NULL,
    fiscal_year INTEGER NOT NULL UNIQUE CHECK (fiscal_year BETWEEN 2000 AND 2099),
    title       TEXT NOT NULL,
    goals       TEXT NOT NULL,                     -- 方針・目標
    content     TEXT NOT NULL,                     -- 実施計画
    approved_on TEXT,
    approved_by TEXT NOT NULL,                     -- 承認した機関 ('' while not approved)
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE training_session (
    id         TEXT PRIMARY KEY NOT NULL,
    held_on    TEXT NOT NULL,
    title      TEXT NOT NULL,
    topics     TEXT NOT NULL CHECK (topics <> ''),  -- topic codes, comma-separated
    audience   TEXT NOT NULL,
    instructor TEXT NOT NULL,
    note       TEXT NOT NULL,
    makeup_of  TEXT REFERENCES training_session (id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX training_session_day ON training_session (held_on);

-- One row per person and session; its id is '<session id>:<person id>'.
CREATE TABLE training_attendance (
    id            TEXT PRIMARY KEY NOT NULL,
    session_id    TEXT NOT NULL REFERENCES training_session (id),
    person_id     TEXT NOT NULL REFERENCES person (id),
    status        TEXT NOT NULL CHECK (status IN ('attended', 'absent')),
    comprehension INTEGER CHECK (comprehension IS NULL OR (comprehension BETWEEN 0 AND 100 AND status = 'attended')),
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    UNIQUE (session_id, person_id)
) STRICT;
CREATE INDEX training_attendance_person ON training_attendance (person_id);

-- 特定個人情報の事務取扱担当者; the id is the person's id. A released designation keeps its row.
CREATE TABLE my_number_handler (
    id            TEXT PRIMARY KEY NOT NULL REFERENCES person (id),
    designated_on TEXT NOT NULL,
    note          TEXT NOT NULL,
    released_on   TEXT,
    updated_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
