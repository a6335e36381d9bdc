import Foundation

/// Why a report could not be produced.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// Writes kept landing while the report was read, so no single moment could be fingerprinted.
    case databaseKeptChanging(attempts: Int)

    public var description: String {
        switch self {
        case .databaseKeptChanging(let attempts):
            "the database changed while the report was read (\(attempts) attempts); try again when it is quieter"
        }
    }
}
