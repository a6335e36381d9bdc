/// IPv4 addresses (four dotted numbers up to 255) and IPv6 addresses (hex groups with "::" or
/// all eight groups), which no time ("10:15:30") or version ("v2.3.1") can look like.
struct PHIIPAddressDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for token in scan.tokens where token.isNumber || token.isWord {
            guard !(scan.byte(at: token.start - 1).map(Self.continuesAddress) ?? false) else { continue }
            let mayBeIPv4 = token.isNumber && token.digitCount <= 3 && scan.byte(at: token.end) == UInt8(ascii: ".")
            let ipv4 = mayBeIPv4 ? ipv4End(from: token.start, in: scan) : nil
            if let end = ipv4 ?? ipv6End(from: token.start, in: scan) {
                matches.append(PHIMatch(.ip, token.start..<end))
            }
        }
    }

    private static func continuesAddress(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    private func ipv4End(from start: Int, in scan: PHITextScan) -> Int? {
        var offset = start
        for part in 0..<4 {
            if part > 0 {
                guard scan.byte(at: offset) == UInt8(ascii: ".") else { return nil }
                offset += 1
            }
            let end = scan.run(from: offset, while: \.isASCIIDigit)
            guard (1...3).contains(end - offset),
                  Int(String(decoding: scan.bytes[offset..<end], as: UTF8.self))! <= 255 else { return nil }
            offset = end
        }
        let next = scan.byte(at: offset)
        if next?.isASCIIAlphanumeric == true { return nil }
        if next == UInt8(ascii: "."), scan.byte(at: offset + 1)?.isASCIIDigit == true { return nil }
        return offset
    }

    /// Hex groups of up to four digits separated by colons, at most one "::".
    private func ipv6End(from start: Int, in scan: PHITextScan) -> Int? {
        let colon = UInt8(ascii: ":")
        var offset = scan.run(from: start, while: \.isHexDigit)
        guard offset - start <= 4, scan.byte(at: offset) == colon else { return nil }
        var colons = 0, groups = 1, compressed = false
        while scan.byte(at: offset) == colon {
            offset += 1
            colons += 1
            if scan.byte(at: offset) == colon {
                guard !compressed else { return nil }
                compressed = true
                offset += 1
                colons += 1
            }
            let groupEnd = scan.run(from: offset, while: \.isHexDigit)
            guard groupEnd - offset <= 4, groupEnd > offset || scan.byte(at: offset - 2) == colon else { return nil }
            if groupEnd > offset { groups += 1 }
            offset = groupEnd
        }
        guard colons >= 2, compressed || colons == 7, groups >= 2,
              scan.byte(at: offset)?.isASCIIAlphanumeric != true else { return nil }
        return offset
    }
}

private extension UInt8 {
    var isHexDigit: Bool { isASCIIDigit || ((self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "f")) }
}
