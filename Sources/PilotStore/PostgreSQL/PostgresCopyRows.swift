import GRDB

/// Rows in the text format of PostgreSQL's COPY: a value per column separated by tabs, a row per
/// line, `\N` for NULL, and a backslash before a backslash, tab, line feed or carriage return.
struct PostgresCopyRows {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(_ values: [DatabaseValue]) {
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x09) }
            guard let text = PostgresSession.text(value) else {
                bytes += [0x5C, 0x4E]
                continue
            }
            for byte in text.utf8 {
                switch byte {
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x09: bytes += [0x5C, 0x74]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(0x0A)
        count += 1
    }
}
