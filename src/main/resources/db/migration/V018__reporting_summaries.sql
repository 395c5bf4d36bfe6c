-- Reporting: the office dashboards read only these summaries, never progress, attempts or certificates per request.
-- rpt_tally holds counters at two grains, kept up to date in the same transaction as the change that moves them
-- (CDI observers in the reporting context add a delta with one upsert):
--   grain 'D': one koperasi, under the code of its kelurahan/desa (one koperasi per kelurahan/desa);
--   grain 'K': a kabupaten/kota, the sum of its koperasi, so provinces and the nation add up at most ~500 rows.
-- Region codes are hierarchical ('64.74.01.1004' lies in '64.74.01', '64.74', '64'), so the koperasi of any region
-- are one range of the primary key (region_code LIKE '64.74.%').
-- metric / dim:  koperasi / '' , members / '' (active), enrolled|lessons|completed|exams / course code,
--                pending|valid|expired|revoked / scheme code, issued / 'YYYY-MM|SCHEME' (office time zone),
--                ready / '' (1 when the koperasi can fill every board seat), seats|seats_covered / ''.
CREATE TABLE rpt_tally (
    grain       CHAR(1)     NOT NULL,
    region_code VARCHAR(13) NOT NULL,
    metric      VARCHAR(16) NOT NULL,
    dim         VARCHAR(60) NOT NULL DEFAULT '',
    n           BIGINT      NOT NULL,
    PRIMARY KEY (grain, region_code, metric, dim),
    CONSTRAINT ck_rpt_tally_grain CHECK (grain IN ('D', 'K'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- VALID certificates by the day they end (office time zone): "expiring within 90 days" is a date range, which a
-- counter cannot hold. One row per kelurahan, day and scheme; the national 90-day window is a range on valid_until.
CREATE TABLE rpt_expiry (
    region_code VARCHAR(13) NOT NULL,
    valid_until DATE        NOT NULL,
    scheme_code VARCHAR(40) NOT NULL,
    n           BIGINT      NOT NULL,
    PRIMARY KEY (region_code, valid_until, scheme_code),
    KEY ix_rpt_expiry_day (valid_until, region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the summaries were last rebuilt from the source tables; NULL makes the next start rebuild them (first start
-- after this migration, or after a bulk load that bypassed the services, e.g. bench/generate).
CREATE TABLE rpt_state (
    id          TINYINT     NOT NULL,
    rebuilt_at  DATETIME(6) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO rpt_state (id, rebuilt_at) VALUES (1, NULL);

-- the rebuild groups enrolments by the member's koperasi: membership by account is unique already; certificates
-- and applications by region
ALTER TABLE crt_certificate ADD KEY ix_crt_certificate_region_scheme (region_code, scheme_code, status);
