/// E-mail addresses: a local part, "@", and a dotted domain ending in a letters-only label.
struct PHIEmailDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for token in scan.tokens where token.isSymbol("@") {
            let at = token.start
            var start = at
            while let byte = scan.byte(at: start - 1), Self.isLocalByte(byte) { start -= 1 }
            var end = scan.run(from: at + 1) { $0.isASCIIAlphanumeric || ".-".utf8.contains($0) }
            while end > at + 1, !scan.bytes[end - 1].isASCIIAlphanumeric { end -= 1 }
            let domain = scan.bytes[(at + 1)..<end]
            guard start < at, let lastDot = domain.lastIndex(of: UInt8(ascii: ".")), lastDot > at + 1,
                  end - lastDot > 2, scan.bytes[(lastDot + 1)..<end].allSatisfy(\.isASCIILetter) else { continue }
            matches.append(PHIMatch(.email, start..<end))
        }
    }

    private static func isLocalByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || "._%+-".utf8.contains(byte)
    }
}
