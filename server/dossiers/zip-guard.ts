/**
 * An XLSX file is a ZIP archive, and a small archive can unpack to gigabytes (a "zip bomb"). Before
 * exceljs unpacks an uploaded file, its central directory is read and the sizes its entries declare
 * are added up; a file that is no ZIP, uses ZIP64, holds too many entries or unpacks too large is
 * refused. (An entry lying about its size would still be caught by the row limit after reading.)
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The total unpacked size the archive declares, or null when it is no readable ZIP within the limits. */
export function declaredUnpackedSize(buf: Buffer, maxEntries = 2000): number | null {
  // the end-of-central-directory record sits in the last 22 bytes plus a comment of up to 65535
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff || entries > maxEntries || offset + size > eocd) return null;
  let total = 0;
  let p = offset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) return null;
    const unpacked = buf.readUInt32LE(p + 24);
    if (unpacked === 0xffffffff) return null;
    total += unpacked;
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return total;
}
