import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, answered without Foundation when both ends are
    /// ASCII and not blank, as units, e-mail addresses and labels read from the database are:
    /// the gates and reports trim them for every metric and account of every pilot.
    public func trimmingWhitespace() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }
        return plain(first) && plain(last) ? self : trimmingCharacters(in: .whitespaces)
    }
}
