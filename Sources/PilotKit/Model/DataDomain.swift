import Foundation

/// How much harm exposure of a data domain can do; restricted domains need an extra sign-off.
public enum Sensitivity: String, Labeled, Comparable {
    case low, moderate, high, restricted

    public static func < (lhs: Sensitivity, rhs: Sensitivity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What an AI tool may do with a data domain.
public enum Access: String, Labeled, Comparable {
    case read, generate
    case writeBack = "write-back"

    public static func < (lhs: Access, rhs: Access) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A named slice of the data estate a pilot can be scoped to.
public struct DataDomain: Codable, Equatable, Hashable, Sendable {
    public var key: String
    public var name: String
    public var sensitivity: Sensitivity

    public init(key: String, name: String, sensitivity: Sensitivity) {
        self.key = key
        self.name = name
        self.sensitivity = sensitivity
    }

    /// The catalogue every new database starts with.
    public static let defaultCatalogue: [DataDomain] = [
        .init(key: "encounter-audio", name: "outpatient encounter audio", sensitivity: .high),
        .init(key: "ed-encounter-audio", name: "emergency encounter audio", sensitivity: .high),
        .init(key: "progress-notes", name: "progress notes", sensitivity: .high),
        .init(key: "discharge-summaries", name: "discharge summaries", sensitivity: .high),
        .init(key: "portal-messages", name: "patient portal messages", sensitivity: .high),
        .init(key: "lab-results", name: "lab results", sensitivity: .moderate),
        .init(key: "imaging-reports", name: "imaging reports", sensitivity: .moderate),
        .init(key: "medication-lists", name: "medication lists", sensitivity: .moderate),
        .init(key: "problem-lists", name: "problem lists", sensitivity: .moderate),
        .init(key: "billing-codes", name: "billing codes", sensitivity: .low),
        .init(key: "policies", name: "hospital policies and procedures", sensitivity: .low),
        .init(key: "scheduling", name: "scheduling data", sensitivity: .low),
        .init(key: "behavioral-health", name: "behavioral health notes", sensitivity: .restricted),
        .init(key: "substance-use", name: "substance-use treatment records (42 CFR Part 2)", sensitivity: .restricted),
        .init(key: "pediatric-records", name: "pediatric records", sensitivity: .restricted),
        .init(key: "genetics", name: "genetic test results", sensitivity: .restricted),
    ]
}

/// One data domain in a pilot's scope, with the access the tool gets to it.
public struct ScopeEntry: Codable, Equatable, Hashable, Sendable {
    public var domainKey: String
    public var access: Access

    public init(domainKey: String, access: Access) {
        self.domainKey = domainKey
        self.access = access
    }
}
