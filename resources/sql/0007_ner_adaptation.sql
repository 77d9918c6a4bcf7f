-- 0007: the name tagger adapted to this database from the analyst's corrections (Analysis → Learn
-- from My Corrections, `lagebild-cli learn`). The shipped model stays as it is; this row holds only
-- the weights the corrected articles changed, which the analysis adds when it tags names.
-- At most one row; "Forget Learned Corrections" (`learn --reset`) deletes it. The corrections it
-- was learned from stay where they are (mentions, corrections): learning again is always possible.
CREATE TABLE ner_adaptation (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    model        TEXT NOT NULL,     -- fingerprint of the model learned on; another model ignores the row
    weights      BLOB NOT NULL,     -- NerAdaptation::toBytes(): changed weights and label transitions
    articles     INTEGER NOT NULL,  -- corrected articles learned from
    sentences    INTEGER NOT NULL,
    weight_count INTEGER NOT NULL,
    learned_at   TEXT NOT NULL
);
