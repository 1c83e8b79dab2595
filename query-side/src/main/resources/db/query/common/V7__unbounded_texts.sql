-- Texts that come from commands or tokens are as long as the command side accepts (and a later change there must
-- not stop a projection): the read side sets them no limit of its own. VARCHAR without a length is unbounded on
-- PostgreSQL (changed in place, no rewrite) and as long as H2 allows. Codes and ids keep their bounds; the test
-- QueryColumnLimitsTest names the kernel limit that keeps each one within its column.
ALTER TABLE query.cooperation ALTER COLUMN title SET DATA TYPE VARCHAR;
ALTER TABLE query.cooperation ALTER COLUMN reported_label SET DATA TYPE VARCHAR;
ALTER TABLE query.cooperation ALTER COLUMN partner_name SET DATA TYPE VARCHAR;
ALTER TABLE query.cooperation ALTER COLUMN search_text SET DATA TYPE VARCHAR;
ALTER TABLE query.work_item ALTER COLUMN title SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_file ALTER COLUMN title SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_file ALTER COLUMN reported_label SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_flag ALTER COLUMN about SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_flag ALTER COLUMN owner SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_flag ALTER COLUMN closed_by SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_decision ALTER COLUMN outcome SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_decision ALTER COLUMN actor_id SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_decision ALTER COLUMN actor_name SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_decision ALTER COLUMN summary_id SET DATA TYPE VARCHAR;
ALTER TABLE query.inspection_decision ALTER COLUMN summary_en SET DATA TYPE VARCHAR;
