import Foundation
import PilotKit

/// The data a pilot's tool reaches, by sensitivity, against the whole catalogue.
public struct Exposure: Codable, Hashable, Sendable {
    /// One data domain in scope.
    public struct Domain: Codable, Hashable, Sendable {
        @Sanitized public var key: String
        @Sanitized public var name: String
        public var sensitivity: Sensitivity
        public var access: Access
    }

    /// How many domains of one sensitivity are in scope, of how many the catalogue holds.
    public struct Level: Codable, Hashable, Sendable {
        public var sensitivity: Sensitivity
        public var inScope: Int
        public var inCatalogue: Int
    }

    public var domains: [Domain]
    /// Every sensitivity, most sensitive first.
    public var levels: [Level]
}

extension Exposure {
    /// A scope domain missing from the catalogue counts as restricted: unknown data is treated as
    /// the most sensitive, never the least.
    init(scope: [ScopeEntry], catalogue: [DataDomain]) {
        let domains = scope.map { entry in
            let known = catalogue.first { $0.key == entry.domainKey }
            return Domain(
                key: entry.domainKey, name: known?.name ?? entry.domainKey, sensitivity: known?.sensitivity ?? .restricted,
                access: entry.access)
        }
        .sorted { ($1.sensitivity, $0.key) < ($0.sensitivity, $1.key) }
        let levels = Sensitivity.allCases.reversed().map { level in
            Level(
                sensitivity: level, inScope: domains.filter { $0.sensitivity == level }.count,
                inCatalogue: catalogue.filter { $0.sensitivity == level }.count)
        }
        self.init(domains: domains, levels: levels)
    }
}
