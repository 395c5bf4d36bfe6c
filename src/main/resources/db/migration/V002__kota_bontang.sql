-- Kota Bontang (Kalimantan Timur): its 3 kecamatan, 15 kelurahan and their 15 Koperasi Kelurahan Merah Putih.
-- Codes and names from Kepmendagri No. 300.2.2-2138/2025 (data: cahyadsn/wilayah, MIT licence, see shared/data).
INSERT INTO org_region (code, name, level, parent_code) VALUES
    ('64', 'Kalimantan Timur', 'PROVINSI', NULL),
    ('64.74', 'Kota Bontang', 'KABUPATEN_KOTA', '64'),
    ('64.74.01', 'Bontang Utara', 'KECAMATAN', '64.74'),
    ('64.74.01.1001', 'Bontang Kuala', 'KELURAHAN_DESA', '64.74.01'),
    ('64.74.01.1002', 'Bontang Baru', 'KELURAHAN_DESA', '64.74.01'),
    ('64.74.01.1003', 'Lok Tuan', 'KELURAHAN_DESA', '64.74.01'),
    ('64.74.01.1004', 'Guntung', 'KELURAHAN_DESA', '64.74.01'),
    ('64.74.01.1005', 'Gunung Elai', 'KELURAHAN_DESA', '64.74.01'),
    ('64.74.01.1006', 'Api-api', 'KELURAHAN_DESA', '64.74.01'),
    ('64.74.02', 'Bontang Selatan', 'KECAMATAN', '64.74'),
    ('64.74.02.1001', 'Tanjung Laut', 'KELURAHAN_DESA', '64.74.02'),
    ('64.74.02.1002', 'Berbas Tengah', 'KELURAHAN_DESA', '64.74.02'),
    ('64.74.02.1003', 'Berbas Pantai', 'KELURAHAN_DESA', '64.74.02'),
    ('64.74.02.1004', 'Satimpo', 'KELURAHAN_DESA', '64.74.02'),
    ('64.74.02.1005', 'Bontang Lestari', 'KELURAHAN_DESA', '64.74.02'),
    ('64.74.02.1006', 'Tanjung Laut Indah', 'KELURAHAN_DESA', '64.74.02'),
    ('64.74.03', 'Bontang Barat', 'KECAMATAN', '64.74'),
    ('64.74.03.1001', 'Belimbing', 'KELURAHAN_DESA', '64.74.03'),
    ('64.74.03.1002', 'Gunung Telihan', 'KELURAHAN_DESA', '64.74.03'),
    ('64.74.03.1003', 'Kanaan', 'KELURAHAN_DESA', '64.74.03');

INSERT INTO org_koperasi (region_code, name, created_at)
SELECT code, CONCAT('Koperasi Kelurahan Merah Putih ', name), UTC_TIMESTAMP(6)
FROM org_region WHERE parent_code LIKE '64.74.%' AND level = 'KELURAHAN_DESA' ORDER BY code;
