import Foundation
import GRDB
import PilotKit

/// Organization settings kept in the `setting` table.
public enum Settings {
    static let organizationDomainsKey = "organization-domains"
    static let demoKey = "demo"

    public static func isDemo(_ db: Database) throws -> Bool {
        try SettingRow.fetchOne(db, key: demoKey)?.value == "true"
    }

    public static func accountPolicy(_ db: Database) throws -> AccountPolicy {
        let value = try SettingRow.fetchOne(db, key: organizationDomainsKey)?.value ?? ""
        return try AccountPolicy(organizationDomains: value.split(separator: ",").map(String.init))
    }
}
