import Foundation
import PilotKit

extension Ledger {
    @discardableResult
    public func addTool(_ tool: Tool) throws -> Tool {
        let tool = Self.guarded(tool)
        try tool.validate()
        return try write(.manageTools) { writes in
            if try writes.session.count("SELECT COUNT(*) FROM tool WHERE key = ?", [tool.key]) > 0 {
                throw StoreError.conflict("key: tool '\(tool.key)' already exists; pick another key")
            }
            var row = tool
            row.id = nil
            row.vetting = .pending
            try writes.insert(&row)
            return row
        }
    }

    /// Records an oversight reviewer's verdict; the tool's vetting status follows the latest
    /// verdict, and any rejection stands until a later review approves.
    @discardableResult
    public func reviewTool(key: String, verdict: VettingStatus, notes: String) throws -> Tool {
        if verdict == .pending { throw FieldError("verdict", "give approved, approved-with-conditions or rejected") }
        return try write(.vetTools) { writes in
            let tool = try Self.tool(key, writes.session)
            guard let discipline = actor.discipline else {
                throw StoreError.refused("\(actor.login) has no reviewer discipline; an admin can set one")
            }
            var review = Self.guarded(
                ToolReview(
                    toolID: tool.id!, reviewerLogin: actor.login, discipline: discipline, verdict: verdict,
                    notes: notes, reviewedAt: writes.at))
            try Text.check(review.notes, field: "notes", max: 2000, multiline: true)
            try writes.insert(&review)
            var updated = tool
            updated.vetting = verdict
            try writes.update(updated, from: tool)
            return updated
        }
    }

    /// Records a model or version change; pilots in general use on the tool need revalidation.
    @discardableResult
    public func changeToolModel(key: String, model: String?, version: String?) throws -> [Pilot] {
        try write(.manageTools) { writes in
            let tool = try Self.tool(key, writes.session)
            var updated = tool
            if let model { updated.model = model }
            if let version { updated.version = version }
            try updated.validate()
            try writes.update(updated, from: tool)
            guard updated != tool else { return [] }
            var flagged: [Pilot] = []
            let pilots = try writes.session.all(
                Pilot.self, "SELECT * FROM pilot WHERE tool_key = ? AND stage = ? ORDER BY id", [key, Stage.general.rawValue])
            for pilot in pilots where !pilot.needsRevalidation {
                var next = pilot
                next.needsRevalidation = true
                try writes.update(next, from: pilot)
                flagged.append(next)
            }
            return flagged
        }
    }

    /// The statement `tool(_:_:)` runs, to send it ahead.
    static func toolStatement(_ key: String) -> SQLStatement { SQLStatement("SELECT * FROM tool WHERE key = ?", [key]) }

    static func tool(_ key: String, _ db: any StoreSession) throws -> Tool {
        guard let tool = try db.all(Tool.self, toolStatement(key)).first else {
            throw StoreError.notFound(entity: "tool", name: key)
        }
        return tool
    }
}
