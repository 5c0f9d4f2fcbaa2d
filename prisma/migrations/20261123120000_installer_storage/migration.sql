-- Installer blobs are already compressed packages: store them uncompressed out of line,
-- so substring() reads a byte range without decompressing the whole value.
ALTER TABLE "installers" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
