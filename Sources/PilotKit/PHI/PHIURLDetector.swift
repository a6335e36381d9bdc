/// Web addresses: anything starting with a scheme or "www.", and bare domains with a common
/// top-level domain ("example.org/referrals"), up to the next space minus trailing punctuation.
struct PHIURLDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        var consumed = 0
        for (index, token) in scan.tokens.enumerated() where token.isWord && token.start >= consumed {
            guard let start = urlStart(at: index, in: scan) else { continue }
            var end = scan.run(from: start) { !$0.isASCIIWhitespace && !"<>\"".utf8.contains($0) }
            while end > start, ".,;:!?)]}'".utf8.contains(scan.bytes[end - 1]) { end -= 1 }
            matches.append(PHIMatch(.url, start..<end))
            consumed = end
        }
    }

    private func urlStart(at index: Int, in scan: PHITextScan) -> Int? {
        let token = scan.tokens[index]
        if scan.matches("://", at: token.end), scan.spells(index, "http", "https", "ftp") {
            return token.start
        }
        guard scan[index + 1]?.isSymbol(".") == true, scan.isAttached(index + 1) else { return nil }
        if scan.spells(index, "www") { return token.start }
        guard scan.isAttached(index + 2),
              let domain = scan[index + 2], domain.has(.topLevelDomain), !domain.isCapitalised, !domain.isUppercase,
              scan.byte(at: domain.end).map({ !$0.isASCIIAlphanumeric && $0 != UInt8(ascii: "@") }) ?? true
        else { return nil }
        var start = token.start
        while let byte = scan.byte(at: start - 1),
              byte.isASCIIAlphanumeric || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
            start -= 1
        }
        return scan.byte(at: start - 1) == UInt8(ascii: "@") ? nil : start
    }
}
