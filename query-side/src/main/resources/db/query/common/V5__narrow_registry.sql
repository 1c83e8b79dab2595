-- The registry reads query.cooperation on every request, the detail JSON (2-3 KB a cooperation) only one
-- cooperation at a time. Kept in the same row, the JSON made the table 1.5 GB for 100,000 cooperations, so that
-- each registry request read ~100 heap pages from disk (benchmarks/RESULTS.md, figure 5). In its own table the
-- registry rows are ~300 bytes and the whole registry stays in PostgreSQL's buffers.
CREATE TABLE query.cooperation_detail (
    id     VARCHAR(36) PRIMARY KEY,
    detail TEXT        NOT NULL
);
INSERT INTO query.cooperation_detail (id, detail) SELECT id, detail FROM query.cooperation;
ALTER TABLE query.cooperation DROP COLUMN detail;

-- The registry's usual filters (a region that is a party, type, stage; newest first) answered inside the index:
-- one index per side of "region_code = ? OR partner_region_code = ?", so that a BitmapOr visits only the heap
-- pages of rows that match type and stage too.
DROP INDEX query.cooperation_region_stage;
DROP INDEX query.cooperation_partner_region;
CREATE INDEX cooperation_region_filter ON query.cooperation (region_code, type, stage, updated_at);
CREATE INDEX cooperation_partner_region_filter ON query.cooperation (partner_region_code, type, stage, updated_at);
