import Foundation

/// Someone who uses Pilotdeck, identified by their OS login.
public struct Person: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var login: String
    public var name: String
    public var email: String
    public var department: String
    public var roles: [Role]
    public var discipline: Discipline?

    public init(
        id: Int64? = nil, login: String, name: String, email: String, department: String,
        roles: [Role], discipline: Discipline? = nil
    ) {
        self.id = id
        self.login = login
        self.name = name
        self.email = email
        self.department = department
        self.roles = roles
        self.discipline = discipline
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// Checks the fields that do not depend on the organization's configuration.
    public func validate() throws {
        try Text.requireLogin(login, field: "login")
        try Text.require(name, field: "name", max: 120)
        try Text.require(department, field: "department", max: 120)
        if roles.isEmpty {
            throw FieldError("roles", "give at least one of \(Role.labels.joined(separator: ", "))")
        }
        if has(.reviewer), discipline == nil {
            throw FieldError(
                "discipline", "a reviewer needs one of \(Discipline.labels.joined(separator: ", "))")
        }
        if !has(.reviewer), discipline != nil {
            throw FieldError("discipline", "only reviewers carry a discipline; add the reviewer role")
        }
    }
}
