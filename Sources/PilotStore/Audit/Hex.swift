import Crypto

/// Lowercase hex of a digest, without the per-byte formatting cost of `String(format:)`.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ digest: SHA256Digest) -> String {
        digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { text in
                for (offset, byte) in bytes.enumerated() {
                    text[2 * offset] = digits[Int(byte >> 4)]
                    text[2 * offset + 1] = digits[Int(byte & 0x0F)]
                }
                return bytes.count * 2
            }
        }
    }

    /// Whether `text` is the lowercase hex of `digest`.
    static func matches(_ digest: SHA256Digest, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        digest.withUnsafeBytes { bytes in
            guard text.count == bytes.count * 2 else { return false }
            for (offset, byte) in bytes.enumerated()
            where text[2 * offset] != digits[Int(byte >> 4)] || text[2 * offset + 1] != digits[Int(byte & 0x0F)] {
                return false
            }
            return true
        }
    }
}
