import Testing
@testable import PilotKit

@Suite("Account policy")
struct AccountPolicyTests {
    let policy = try! AccountPolicy(organizationDomains: ["riverbend.example", "rb-clinics.example"])

    @Test("personal mail providers are refused", arguments: [
        "a@gmail.com", "a@yahoo.com", "a@outlook.com", "a@hotmail.com", "a@icloud.com", "a@aol.com", "a@proton.me",
        "a@protonmail.com", "a@gmx.de", "a@gmx.net", "a@mail.com", "A@GMAIL.COM",
    ])
    func personal(email: String) {
        let error = #expect(throws: FieldError.self) { try policy.check(email: email) }
        #expect(error?.field == "email")
        #expect(error?.message.contains("personal") == true)
    }

    @Test("domains outside the organization are refused")
    func foreign() {
        let error = #expect(throws: FieldError.self) { try policy.check(email: "a@another-hospital.example") }
        #expect(error?.message.contains("not an organization domain") == true)
        #expect(throws: FieldError.self) { try policy.check(email: "a@evilriverbend.example") }
    }

    @Test("organization domains and their subdomains are accepted", arguments: [
        "a@riverbend.example", "a.b@rb-clinics.example", "a@ed.riverbend.example",
    ])
    func accepted(email: String) throws {
        try policy.check(email: email)
    }

    @Test("malformed addresses are refused", arguments: ["", "a", "a@", "@riverbend.example", "a@b@riverbend.example", "a@riverbend"])
    func malformed(email: String) {
        #expect(throws: FieldError.self) { try policy.check(email: email) }
    }

    @Test("a personal provider cannot be configured as the organization")
    func configuration() {
        #expect(throws: FieldError.self) { try AccountPolicy(organizationDomains: ["gmail.com"]) }
        #expect(throws: FieldError.self) { try AccountPolicy(organizationDomains: []) }
        #expect(throws: FieldError.self) { try AccountPolicy(organizationDomains: ["not a domain"]) }
    }
}
