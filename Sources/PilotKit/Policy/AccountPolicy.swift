import Foundation

/// Rule 4: organization accounts only. An address must be in one of the configured organization
/// domains (or a subdomain of one), and personal mail providers are refused even if configured.
public struct AccountPolicy: Equatable, Sendable {
    public let organizationDomains: [String]

    /// Mail providers that hand out personal accounts; `gmx.*`-style entries match any suffix.
    public static let personalDomains: [String] = [
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "outlook.com", "hotmail.com",
        "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me",
        "protonmail.com", "pm.me", "gmx.*", "mail.com", "zoho.com", "yandex.*", "tutanota.com",
        "tuta.io", "fastmail.com", "hey.com", "mail.ru", "qq.com", "163.com", "web.de",
    ]

    public init(organizationDomains: [String]) throws {
        if organizationDomains.isEmpty {
            throw FieldError("org-domain", "give at least one organization mail domain (e.g. --org-domain hospital.example)")
        }
        var domains: [String] = []
        for raw in organizationDomains {
            let domain = raw.lowercased().trimmingCharacters(in: .whitespaces)
            guard Self.isDomainName(domain) else {
                throw FieldError("org-domain", "'\(Text.sanitized(raw))' is not a domain name like hospital.example")
            }
            if Self.isPersonal(domain) {
                throw FieldError("org-domain", "'\(domain)' is a personal mail provider; use the organization's own domain")
            }
            domains.append(domain)
        }
        self.organizationDomains = domains
    }

    /// Refuses an address that is malformed, personal, or outside the organization.
    public func check(email: String) throws {
        let address = email.trimmingWhitespace().lowercased()
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, Self.isDomainName(String(parts[1])) else {
            throw FieldError("email", "'\(Text.sanitized(email))' is not an e-mail address like name@\(organizationDomains[0])")
        }
        let domain = String(parts[1])
        if Self.isPersonal(domain) {
            throw FieldError("email", "\(domain) is a personal mail provider; use an organization address (@\(organizationDomains.joined(separator: ", @")))")
        }
        guard organizationDomains.contains(where: { domain == $0 || domain.hasSuffix("." + $0) }) else {
            throw FieldError("email", "\(domain) is not an organization domain; use an address at @\(organizationDomains.joined(separator: ", @"))")
        }
    }

    /// Whether `domain`, or a domain it is under, is a personal provider's; `gmx.*` matches a
    /// `gmx.` label anywhere. Every account of every pilot is checked at each gate.
    public static func isPersonal(_ domain: String) -> Bool {
        let domain = domain.lowercased()
        if stems.contains(where: { domain.hasPrefix($0.stem) || domain.contains($0.dotted) }) { return true }
        var rest = Substring(domain)
        while true {
            if exactDomains.contains(String(rest)) { return true }
            guard let dot = rest.firstIndex(of: ".") else { return false }
            rest = rest[rest.index(after: dot)...]
        }
    }

    private static let exactDomains = Set(personalDomains.filter { !$0.hasSuffix(".*") })
    private static let stems = personalDomains.filter { $0.hasSuffix(".*") }.map { entry in
        let stem = String(entry.dropLast(1))
        return (stem: stem, dotted: "." + stem)
    }

    static func isDomainName(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && text.count <= 253
            && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                    && label.unicodeScalars.allSatisfy {
                        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    }
            }
    }
}
