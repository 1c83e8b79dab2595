-- The label mismatches report lists the cooperations whose label does not match their legal type, in the order of
-- their region: this index holds those alone, in that order, so that a page and the count read them instead of every
-- cooperation of the country. H2 has no partial index and keeps the scan.
CREATE INDEX inspection_file_label_mismatch ON query.inspection_file (region_code, cooperation_id)
    WHERE label_mismatches IS NOT NULL;
