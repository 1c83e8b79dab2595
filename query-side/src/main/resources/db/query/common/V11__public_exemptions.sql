-- What the public register withholds (PublicExemptionTable): one row per exemption not lifted, and per field it
-- withholds, or one for the document it withholds. The register lists and searches by these rows, comparing last_day
-- (the exemption's last day) with the day it is read, so an exemption ends by its date with no event.
-- Rebuilt with the cooperation read model. The same script runs on PostgreSQL and on H2.
CREATE TABLE query.public_exemption (
    cooperation_id VARCHAR(36) NOT NULL,
    exemption_id   VARCHAR(36) NOT NULL,
    document_id    VARCHAR(36),
    field          VARCHAR(40),
    last_day       DATE        NOT NULL
);
CREATE INDEX public_exemption_by_cooperation ON query.public_exemption (cooperation_id, last_day);
