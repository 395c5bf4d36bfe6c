-- Anyone may check a certificate without logging in, so the public check is rate-limited per client. The counters
-- live here, not in one JVM's memory, so that every app instance behind a load balancer counts the same requests:
-- one row per client and minute (a fixed window), the client being a SHA-256 of its address, never the address in
-- clear. Rows of past windows are deleted every few minutes, so the table stays a few thousand rows at most.
CREATE TABLE crt_verify_rate (
    client_key   CHAR(64) NOT NULL,
    window_start BIGINT   NOT NULL,
    hits         INT      NOT NULL,
    PRIMARY KEY (client_key, window_start),
    KEY ix_crt_verify_rate_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
