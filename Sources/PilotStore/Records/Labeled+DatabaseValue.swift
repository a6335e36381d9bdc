import GRDB
import PilotKit

/// The labels and days of PilotKit as GRDB stores them: their raw text.
extension Stage: DatabaseValueConvertible {}
extension PilotStatus: DatabaseValueConvertible {}
extension Role: DatabaseValueConvertible {}
extension Discipline: DatabaseValueConvertible {}
extension Sensitivity: DatabaseValueConvertible {}
extension Access: DatabaseValueConvertible {}
extension Hosting: DatabaseValueConvertible {}
extension VettingStatus: DatabaseValueConvertible {}
extension AccountKind: DatabaseValueConvertible {}
extension FeedbackCategory: DatabaseValueConvertible {}
extension RiskCategory: DatabaseValueConvertible {}
extension RiskStatus: DatabaseValueConvertible {}
extension Severity: DatabaseValueConvertible {}
extension IncidentKind: DatabaseValueConvertible {}
extension IncidentStatus: DatabaseValueConvertible {}
extension DecisionKind: DatabaseValueConvertible {}
extension SignOffVerdict: DatabaseValueConvertible {}

extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { try? Day(parsing: $0, field: "day") }
    }
}
